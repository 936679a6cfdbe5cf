/* The LMTP store (store.h): the tagged copy is handed to the mailbox
 * server's LMTP service (Dovecot's lmtp), which files it into the
 * level's folder, named as the recipient's +detail
 * (lmtp_save_to_detail_mailbox = yes), or by the server's Sieve rules on
 * X-Triage-Priority. Gateways then share no file system, only the
 * mailbox server and the ledger.
 *
 * No LMTP server tells whether it has a message already, so a put is
 * made safe to repeat instead: the copy carries X-Triage-Delivery, an id
 * reserved in the ledger before the put and kept when a retry redoes it
 * (a run killed between the server's 250 and the ledger's mark); the
 * server's Sieve duplicate test on that header drops the second copy
 * (mailtriage(1), LMTP STORE). Until then the original stays with the
 * MTA, whose retry redoes the put. */
#include <stdlib.h>
#include <string.h>

#include <gio/gio.h>

#include "conf.h"
#include "ledger.h"
#include "log.h"
#include "store.h"
#include "triage.h"

#define STORE_LMTP_TIMEOUT 60		/* seconds per connect, read, write */
#define STORE_LMTP_PORT 24
#define STORE_LMTP_ID "lmtp:"		/* our ids in messages.file */
#define STORE_LMTP_PENDING_MAX_AGE (7 * 24 * 3600)

/* A session with the server. */
struct store_lmtp_conn {
	const char *spec;
	GSocketConnection *conn;
	GDataInputStream *in;
	GOutputStream *out;
};

/* The copy reserved for a filing: the DATA to send, dot-stuffed, CRLF,
 * with its final ".". */
struct store_lmtp_copy {
	GString *data;
};

/* The recipient that files into folder. Caller frees. */
static char *
store_lmtp_recipient(const struct conf *c, const char *folder)
{
	const char *r = c->store_recipient, *at = strchr(r, '@');

	if (!c->store_detail || folder == NULL || *folder == '\0')
		return g_strdup(r);
	if (at == NULL)
		return g_strdup_printf("%s+%s", r, folder);
	return g_strdup_printf("%.*s+%s%s", (int)(at - r), r, folder, at);
}

/* data as LMTP DATA: every line ended by CRLF, a leading "." doubled,
 * then the lone "." that ends it. */
static void
store_lmtp_stuff(GString *out, const char *data, size_t len)
{
	size_t i = 0;

	while (i < len) {
		const char *nl = memchr(data + i, '\n', len - i);
		size_t end = nl != NULL ? (size_t)(nl - data) : len;
		size_t stop = end > i && data[end - 1] == '\r' ? end - 1 : end;

		if (data[i] == '.')
			g_string_append_c(out, '.');
		g_string_append_len(out, data + i, (gssize)(stop - i));
		g_string_append(out, "\r\n");
		i = end + 1;
	}
	g_string_append(out, ".\r\n");
}

static void
store_lmtp_close(struct store_lmtp_conn *lc)
{
	if (lc->in != NULL)
		g_object_unref(lc->in);
	if (lc->conn != NULL)
		g_object_unref(lc->conn);	/* closes it */
	lc->in = NULL;
	lc->conn = NULL;
	lc->out = NULL;
}

/* Connected, or -1 with *err. */
static int
store_lmtp_connect(struct store_lmtp_conn *lc, const char *spec, char **err)
{
	GSocketClient *cl = g_socket_client_new();
	GError *ge = NULL;

	lc->spec = spec;
	g_socket_client_set_timeout(cl, STORE_LMTP_TIMEOUT);
	if (g_str_has_prefix(spec, "unix:")) {
		GSocketAddress *a = g_unix_socket_address_new(spec + 5);

		lc->conn = g_socket_client_connect(cl, G_SOCKET_CONNECTABLE(a),
		    NULL, &ge);
		g_object_unref(a);
	} else
		lc->conn = g_socket_client_connect_to_host(cl, spec,
		    STORE_LMTP_PORT, NULL, &ge);
	g_object_unref(cl);
	if (lc->conn == NULL) {
		*err = g_strdup_printf("LMTP server %s: %s", spec, ge->message);
		g_error_free(ge);
		return -1;
	}
	lc->in = g_data_input_stream_new(g_io_stream_get_input_stream(
	    G_IO_STREAM(lc->conn)));
	g_data_input_stream_set_newline_type(lc->in,
	    G_DATA_STREAM_NEWLINE_TYPE_CR_LF);
	lc->out = g_io_stream_get_output_stream(G_IO_STREAM(lc->conn));
	return 0;
}

/* Sends len bytes of s (len < 0: a NUL-terminated line without its
 * CRLF). 0 or -1 with *err. */
static int
store_lmtp_send(struct store_lmtp_conn *lc, const char *s, gssize len,
    char **err)
{
	GError *ge = NULL;
	int ok = g_output_stream_write_all(lc->out, s, len >= 0 ? (gsize)len :
	    strlen(s), NULL, NULL, &ge);

	if (ok && len < 0)
		ok = g_output_stream_write_all(lc->out, "\r\n", 2, NULL, NULL,
		    &ge);
	if (ok && g_output_stream_flush(lc->out, NULL, &ge))
		return 0;
	*err = g_strdup_printf("LMTP server %s: %s", lc->spec, ge->message);
	g_error_free(ge);
	return -1;
}

/* Reads a reply (its continuation lines skipped). Its code with its last
 * line in *text (caller frees), or -1 with *err. */
static int
store_lmtp_reply(struct store_lmtp_conn *lc, char **text, char **err)
{
	GError *ge = NULL;
	char *line;
	gsize n;

	*text = NULL;
	while ((line = g_data_input_stream_read_line(lc->in, &n, NULL,
	    &ge)) != NULL) {
		if (n < 3 || !g_ascii_isdigit(line[0]) ||
		    !g_ascii_isdigit(line[1]) || !g_ascii_isdigit(line[2]) ||
		    (n > 3 && line[3] != ' ' && line[3] != '-')) {
			*err = g_strdup_printf("LMTP server %s: not an LMTP "
			    "reply: %.100s", lc->spec, line);
			g_free(line);
			return -1;
		}
		if (n == 3 || line[3] == ' ') {
			*text = line;
			return atoi(line);
		}
		g_free(line);
	}
	*err = g_strdup_printf("LMTP server %s: %s", lc->spec, ge != NULL ?
	    ge->message : "connection closed");
	if (ge != NULL)
		g_error_free(ge);
	return -1;
}

/* Sends cmd (NULL: only reads) and expects a reply of class want (2, 3).
 * 0, or -1 with *err naming what the server said. */
static int
store_lmtp_step(struct store_lmtp_conn *lc, const char *cmd, int want,
    char **err)
{
	char *text = NULL;
	int code;

	if (cmd != NULL && store_lmtp_send(lc, cmd, -1, err) != 0)
		return -1;
	if ((code = store_lmtp_reply(lc, &text, err)) < 0)
		return -1;
	if (code / 100 == want) {
		g_free(text);
		return 0;
	}
	*err = g_strdup_printf("LMTP server %s answered %s with: %s",
	    lc->spec, cmd != NULL ? cmd : "the connection", text);
	g_free(text);
	return -1;
}

/* Opens a session and names the recipient: 0 ready for DATA, or -1 with
 * *err (the session closed). */
static int
store_lmtp_open(struct store_lmtp_conn *lc, const char *spec,
    const char *rcpt, char **err)
{
	char *lhlo = g_strdup_printf("LHLO %s", g_get_host_name());
	char *to = g_strdup_printf("RCPT TO:<%s>", rcpt);
	int rc = -1;

	if (store_lmtp_connect(lc, spec, err) == 0 &&
	    store_lmtp_step(lc, NULL, 2, err) == 0 &&
	    store_lmtp_step(lc, lhlo, 2, err) == 0 &&
	    store_lmtp_step(lc, "MAIL FROM:<>", 2, err) == 0 &&
	    store_lmtp_step(lc, to, 2, err) == 0)
		rc = 0;
	else
		store_lmtp_close(lc);
	g_free(lhlo);
	g_free(to);
	return rc;
}

/* A polite end; the answer does not matter. */
static void
store_lmtp_quit(struct store_lmtp_conn *lc)
{
	char *err = NULL, *text = NULL;

	if (store_lmtp_send(lc, "QUIT", -1, &err) == 0)
		(void)store_lmtp_reply(lc, &text, &err);
	g_free(text);
	g_free(err);
	store_lmtp_close(lc);
}

static char *
store_lmtp_target(struct store *s, const struct triage *t)
{
	(void)s;
	return g_strdup(t->folder);
}

/* The server cannot be asked: a reservation's put is redone with its
 * id, which the server's duplicate rule recognises. */
static int
store_lmtp_present(struct store *s, struct filing *f, char **err)
{
	(void)s;
	(void)f;
	(void)err;
	return 0;
}

static int
store_lmtp_reserve(struct store *s, struct filing *f, char **err)
{
	struct store_lmtp_copy *cp;
	char *id, *tagged, *hdr;
	size_t len;

	(void)s;
	if (f->duplicate) {
		f->put = 0;
		return 0;
	}
	/* A crashed run's reservation keeps its id: the server may have
	 * the copy that carries it. */
	if (f->row.file != NULL && g_str_has_prefix(f->row.file,
	    STORE_LMTP_ID))
		id = g_strdup(f->row.file);
	else {
		char *u = g_uuid_string_random();

		id = g_strconcat(STORE_LMTP_ID, u, NULL);
		g_free(u);
		if (ledger_set_file(f->ledger, f->row.id, id, err) != 0) {
			g_free(id);
			return -1;
		}
		g_free(f->row.file);
		f->row.file = g_strdup(id);
	}
	cp = g_new0(struct store_lmtp_copy, 1);
	tagged = triage_tag(f->t, f->row.ticket, f->raw, f->len, &len);
	hdr = g_strdup_printf("X-Triage-Delivery: %s\r\n",
	    id + strlen(STORE_LMTP_ID));
	cp->data = g_string_sized_new(len + len / 32 + 64);
	store_lmtp_stuff(cp->data, hdr, strlen(hdr));
	g_string_truncate(cp->data, cp->data->len - 3);	/* its "." */
	store_lmtp_stuff(cp->data, tagged, len);
	free(tagged);
	g_free(hdr);
	g_free(id);
	f->own = cp;
	f->put = 1;
	return 0;
}

static int
store_lmtp_put(struct store *s, struct filing *f, int redo, char **err)
{
	const struct store_lmtp_copy *cp = f->own;
	const struct conf *c = s->conf;
	struct store_lmtp_conn lc = { 0 };
	char *rcpt = store_lmtp_recipient(c, f->row.folder);
	int rc = -1;

	(void)redo;
	if (cp == NULL) {	/* recovery has no copy: the MTA's retry */
		*err = g_strdup("no copy to send");
		goto out;
	}
	if (store_lmtp_open(&lc, c->store_lmtp, rcpt, err) != 0)
		goto out;
	if (store_lmtp_step(&lc, "DATA", 3, err) != 0 ||
	    store_lmtp_send(&lc, cp->data->str, (gssize)cp->data->len,
	    err) != 0 || store_lmtp_step(&lc, NULL, 2, err) != 0) {
		store_lmtp_close(&lc);
		goto out;
	}
	store_lmtp_quit(&lc);
	g_free(f->where);
	f->where = g_strdup_printf("lmtp:%s", rcpt);
	rc = 0;
out:
	g_free(rcpt);
	return rc;
}

static int
store_lmtp_mine(const char *file)
{
	return g_str_has_prefix(file, STORE_LMTP_ID);
}

/* The pending rows with one of our ids. */
static int
store_lmtp_unfinished(struct store *s, struct ledger *l, time_t now,
    struct filing **out, size_t *n, char **err)
{
	(void)s;
	return store_pending(l, now - STORE_LMTP_PENDING_MAX_AGE,
	    store_lmtp_mine, out, n, err);
}

static char *
store_lmtp_describe(struct store *s, const struct filing *f)
{
	char *rcpt = NULL, *d;

	if (f->where == NULL)
		rcpt = store_lmtp_recipient(s->conf, f->row.folder);
	d = g_strdup_printf("message-id=<%s> %s%s delivery=%s",
	    f->row.message_id != NULL ? f->row.message_id : "",
	    f->where != NULL ? "" : "lmtp:", f->where != NULL ? f->where :
	    rcpt, f->row.file != NULL ? f->row.file + strlen(STORE_LMTP_ID) :
	    "-");
	g_free(rcpt);
	return d;
}

static void
store_lmtp_release(struct store *s, struct filing *f)
{
	struct store_lmtp_copy *cp = f->own;

	(void)s;
	g_string_free(cp->data, TRUE);
	g_free(cp);
}

static const struct store_ops store_lmtp_ops = {
	.name = "lmtp",
	.target = store_lmtp_target,
	.present = store_lmtp_present,
	.reserve = store_lmtp_reserve,
	.put = store_lmtp_put,
	.unfinished = store_lmtp_unfinished,
	.describe = store_lmtp_describe,
	.release = store_lmtp_release,
};

struct store *
store_lmtp_new(const struct conf *c)
{
	struct store *s = g_new0(struct store, 1);

	s->ops = &store_lmtp_ops;
	s->conf = c;
	return s;
}

int
store_lmtp_check(const struct conf *c, const char *folder, char **err)
{
	struct store_lmtp_conn lc = { 0 };
	char *rcpt = store_lmtp_recipient(c, folder);
	int rc = store_lmtp_open(&lc, c->store_lmtp, rcpt, err);

	if (rc == 0)
		store_lmtp_quit(&lc);
	g_free(rcpt);
	return rc;
}
