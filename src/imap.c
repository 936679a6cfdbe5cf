/* An IMAP account's connection, with libetpan (which only the IMAP
 * module, imap*.c, includes): password, TCP, TLS, LOGIN (OAuth's
 * AUTHENTICATE is in imap-auth.c), folders, IDLE. libetpan does the TLS
 * handshake but verifies nothing, so the
 * peer's chain goes to imap-tls.c before LOGIN is sent; the TCP connect
 * is ours, for its timeout. The message operations are in
 * imap-msg.c. */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <glib.h>
#include <libetpan/libetpan.h>

#include "conf.h"
#include "imap-tls.h"
#include "imap-utf7.h"
#include "imap.h"
#include "imap-int.h"
#include "log.h"


static const char *const imap_level_folder[LEVEL_COUNT] = {
	"Critical", "High", "Medium", "Low",
};

int
imap_password(const struct conf_account *a, char **out, char **err)
{
	*out = NULL;
	if (a->password_env != NULL) {
		const char *v = getenv(a->password_env);
		if (v == NULL || *v == '\0') {
			*err = g_strdup_printf("account %s: environment "
			    "variable %s (password_env) is not set", a->name,
			    a->password_env);
			return IMAP_CONFIG;
		}
		*out = g_strdup(v);
		return IMAP_OK;
	}
	char *what = g_strdup_printf("account %s: password_file", a->name);
	int rc = conf_read_secret(a->password_file, what, out, err);

	g_free(what);
	/* imap_password_free() wipes it. */
	return rc == 0 ? IMAP_OK : IMAP_CONFIG;
}

void
imap_password_free(char **pw)
{
	conf_secret_free(pw);
}

struct imap_session *
imap_session_new(const struct conf_account *a)
{
	struct imap_session *s = g_new0(struct imap_session, 1);

	s->a = a;
	return s;
}

void
imap_session_free(struct imap_session **sp)
{
	if (sp == NULL || *sp == NULL)
		return;
	imap_session_close(*sp);
	for (int i = 0; i < LEVEL_COUNT; i++)
		g_free((*sp)->target[i]);
	g_free((*sp)->resolved);
	g_free((*sp)->pending);
	g_free((*sp)->auto_target);
	g_free(*sp);
	*sp = NULL;
}

int
imap_session_connected(const struct imap_session *s)
{
	return s->imap != NULL;
}

unsigned long
imap_session_uidvalidity(const struct imap_session *s)
{
	return s->uidvalidity;
}

unsigned long
imap_session_exists(const struct imap_session *s)
{
	return s->imap != NULL && s->imap->imap_selection_info != NULL ?
	    s->imap->imap_selection_info->sel_exists : 0;
}

const char *
imap_session_target(const struct imap_session *s, enum mt_level l)
{
	return s->target[l];
}

const char *
imap_session_resolved(const struct imap_session *s)
{
	return s->resolved;
}

const char *
imap_session_pending(const struct imap_session *s)
{
	return s->pending;
}

char
imap_session_delimiter(const struct imap_session *s)
{
	return s->delim;
}

const char *
imap_session_auto(const struct imap_session *s)
{
	return s->auto_target;
}

void
imap_session_close(struct imap_session *s)
{
	if (s->imap == NULL)
		return;
	if (!s->idling && s->imap->imap_stream != NULL) {
		/* Short: a dead server must not hold up shutdown. */
		mailimap_set_timeout(s->imap, 5);
		mailimap_logout(s->imap);
	}
	mailimap_free(s->imap);
	s->imap = NULL;
	s->idling = 0;
	g_clear_pointer(&s->selected, g_free);
}

/* A libetpan error code in words, for when there is no server text. */
static const char *
imap_strerror(int r)
{
	switch (r) {
	case MAILIMAP_ERROR_STREAM:
		return "connection lost or timed out";
	case MAILIMAP_ERROR_PARSE:
		return "unparsable server response";
	case MAILIMAP_ERROR_CONNECTION_REFUSED:
		return "connection refused";
	case MAILIMAP_ERROR_MEMORY:
		return "out of memory";
	case MAILIMAP_ERROR_BAD_STATE:
		return "command not allowed now";
	default:
		return "command failed";
	}
}

/* A broken connection leaves the last response text stale: not used. */
char *
imap_errf(struct imap_session *s, const char *what, int r)
{
	const char *resp = s->imap != NULL ? s->imap->imap_response : NULL;

	if (r == MAILIMAP_ERROR_STREAM || r == MAILIMAP_ERROR_PARSE ||
	    r == MAILIMAP_ERROR_MEMORY || resp == NULL || *resp == '\0')
		return g_strdup_printf("account %s (%s:%lu): %s: %s",
		    s->a->name, s->a->host, s->a->port, what,
		    imap_strerror(r));
	return g_strdup_printf("account %s (%s:%lu): %s: %s", s->a->name,
	    s->a->host, s->a->port, what, resp);
}

static int
imap_is_ip(const char *host)
{
	unsigned char buf[sizeof(struct in6_addr)];

	return inet_pton(AF_INET, host, buf) == 1 ||
	    inet_pton(AF_INET6, host, buf) == 1;
}

/* A blocking TCP socket connected to host:port within timeout seconds. */
static int
imap_tcp_connect(const struct conf_account *a, char **err)
{
	struct addrinfo hints, *res = NULL, *ai;
	char serv[16];
	int fd = -1, r, saved = 0;

	memset(&hints, 0, sizeof(hints));
	hints.ai_socktype = SOCK_STREAM;
	snprintf(serv, sizeof(serv), "%lu", a->port);
	if ((r = getaddrinfo(a->host, serv, &hints, &res)) != 0) {
		*err = g_strdup_printf("account %s: %s: %s", a->name, a->host,
		    gai_strerror(r));
		return -1;
	}
	for (ai = res; ai != NULL; ai = ai->ai_next) {
		fd = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC |
		    SOCK_NONBLOCK, ai->ai_protocol);
		if (fd < 0) {
			saved = errno;
			continue;
		}
		if (connect(fd, ai->ai_addr, ai->ai_addrlen) == 0)
			break;
		saved = errno;
		if (saved == EINPROGRESS) {
			struct pollfd p = { fd, POLLOUT, 0 };
			int soerr = 0;
			socklen_t sl = sizeof(soerr);

			r = poll(&p, 1, (int)(a->timeout * 1000));
			if (r == 1 && getsockopt(fd, SOL_SOCKET, SO_ERROR,
			    &soerr, &sl) == 0 && soerr == 0)
				break;
			saved = r == 0 ? ETIMEDOUT : r < 0 ? errno : soerr;
		}
		close(fd);
		fd = -1;
	}
	freeaddrinfo(res);
	if (fd < 0) {
		*err = g_strdup_printf("account %s: connecting to %s:%lu: %s",
		    a->name, a->host, a->port, g_strerror(saved));
		return -1;
	}
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
	return fd;
}

/* Server Name Indication, for host names (RFC 6066 forbids addresses). */
static void
imap_sni(struct mailstream_ssl_context *ctx, void *data)
{
	char *host = data;

	if (!imap_is_ip(host))
		mailstream_ssl_set_server_name(ctx, host);
}

/* Verifies the certificate chain the handshake on low received. */
static int
imap_verify_peer(struct imap_session *s, mailstream_low *low, char **err)
{
	const struct conf_account *a = s->a;
	carray *chain = mailstream_low_get_certificate_chain(low);
	struct imap_tls_cert *certs;
	char *why = NULL, *fp = NULL;
	size_t n = chain != NULL ? carray_count(chain) : 0;
	int rc = IMAP_OK;

	certs = g_new0(struct imap_tls_cert, n + 1);
	for (size_t i = 0; i < n; i++) {
		MMAPString *str = carray_get(chain, (unsigned)i);
		certs[i].der = (const unsigned char *)str->str;
		certs[i].len = str->len;
	}
	if (!a->verify_cert) {
		log_warn("account %s: verify_cert = false: the certificate of "
		    "%s:%lu is NOT verified; anyone on the network path can "
		    "read the password and the mail", a->name, a->host,
		    a->port);
	} else if (imap_tls_verify(certs, n, a->host, a->ca_file,
	    &why) != 0) {
		fp = n > 0 ? imap_tls_fingerprint(&certs[0]) : NULL;
		*err = g_strdup_printf("account %s: certificate of %s:%lu "
		    "refused, not logging in: %s%s%s", a->name, a->host,
		    a->port, why, fp != NULL ? "; SHA-256 fingerprint " : "",
		    fp != NULL ? fp : "");
		rc = IMAP_REFUSED;
	}
	for (size_t i = 0; i < n; i++)
		mmap_string_free(carray_get(chain, (unsigned)i));
	if (chain != NULL)
		carray_free(chain);
	g_free(certs);
	g_free(why);
	g_free(fp);
	return rc;
}

/* STARTTLS (RFC 3501 6.2.1): only if offered, and before anything else.
 * The handshake runs on the same descriptor, then replaces the stream. */
static int
imap_starttls(struct imap_session *s, char **err)
{
	const struct conf_account *a = s->a;
	struct mailimap_capability_data *cap = NULL;
	mailstream_low *low, *tls;
	int r;

	if ((r = mailimap_capability(s->imap, &cap)) != MAILIMAP_NO_ERROR) {
		*err = imap_errf(s, "CAPABILITY failed", r);
		return IMAP_TEMP;
	}
	mailimap_capability_data_free(cap);
	if (!mailimap_has_extension(s->imap, "STARTTLS")) {
		*err = g_strdup_printf("account %s: %s:%lu does not offer "
		    "STARTTLS; refusing to log in without TLS", a->name,
		    a->host, a->port);
		return IMAP_REFUSED;
	}
	if ((r = mailimap_starttls(s->imap)) != MAILIMAP_NO_ERROR) {
		*err = imap_errf(s, "STARTTLS failed", r);
		return IMAP_TEMP;
	}
	low = mailstream_get_low(s->imap->imap_stream);
	tls = mailstream_low_tls_open_with_callback_timeout(
	    mailstream_low_get_fd(low), (time_t)a->timeout, imap_sni, a->host);
	if (tls == NULL) {
		*err = g_strdup_printf("account %s: TLS handshake with %s:%lu "
		    "failed", a->name, a->host, a->port);
		return IMAP_TEMP;
	}
	mailstream_low_free(low);
	mailstream_set_low(s->imap->imap_stream, tls);
	return imap_verify_peer(s, tls, err);
}

/* TCP, TLS, greeting. */
static int
imap_open(struct imap_session *s, char **err)
{
	const struct conf_account *a = s->a;
	mailstream *stream;
	int fd, r, rc;

	if ((fd = imap_tcp_connect(a, err)) < 0)
		return IMAP_TEMP;
	s->imap = mailimap_new(0, NULL);
	mailimap_set_timeout(s->imap, (time_t)a->timeout);
	if (a->tls == CONF_TLS_IMAPS) {
		stream = mailstream_ssl_open_with_callback_timeout(fd,
		    (time_t)a->timeout, imap_sni, a->host);
		if (stream == NULL) {
			close(fd);
			*err = g_strdup_printf("account %s: TLS handshake with "
			    "%s:%lu failed", a->name, a->host, a->port);
			return IMAP_TEMP;
		}
		if ((rc = imap_verify_peer(s, mailstream_get_low(stream),
		    err)) != IMAP_OK) {
			mailstream_close(stream);
			return rc;
		}
	} else if ((stream = mailstream_socket_open_timeout(fd,
	    (time_t)a->timeout)) == NULL) {
		close(fd);
		*err = g_strdup("out of memory");
		return IMAP_TEMP;
	}
	r = mailimap_connect(s->imap, stream);
	if (r != MAILIMAP_NO_ERROR_NON_AUTHENTICATED) {
		*err = r == MAILIMAP_NO_ERROR_AUTHENTICATED ?
		    g_strdup_printf("account %s: the server pre-authenticated "
		    "the connection (PREAUTH); not supported", a->name) :
		    imap_errf(s, "no IMAP greeting", r);
		return r == MAILIMAP_NO_ERROR_AUTHENTICATED ? IMAP_REFUSED :
		    IMAP_TEMP;
	}
	if (a->tls == CONF_TLS_STARTTLS)
		return imap_starttls(s, err);
	if (a->tls == CONF_TLS_NONE)
		log_debug("account %s: logging in without TLS "
		    "(allow_plaintext)", a->name);
	return IMAP_OK;
}

static int
imap_login(struct imap_session *s, char **err)
{
	char *pw = NULL;
	int r, rc;

	if (s->a->auth != CONF_AUTH_PASSWORD)
		return imap_login_oauth(s, err);
	if ((rc = imap_password(s->a, &pw, err)) != IMAP_OK)
		return rc;
	r = mailimap_login(s->imap, s->a->user, pw);
	imap_password_free(&pw);
	if (r == MAILIMAP_NO_ERROR)
		return IMAP_OK;
	*err = imap_errf(s, r == MAILIMAP_ERROR_LOGIN ?
	    "login refused" : "login failed", r);
	return r == MAILIMAP_ERROR_LOGIN ? IMAP_REFUSED : IMAP_TEMP;
}

/* The hierarchy delimiter (LIST "" ""), '.' for a flat server. */
static int
imap_delimiter(struct imap_session *s, char *delim, char **err)
{
	clist *list = NULL;
	int r;

	*delim = '.';
	if ((r = mailimap_list(s->imap, "", "", &list)) != MAILIMAP_NO_ERROR) {
		*err = imap_errf(s, "LIST failed", r);
		return IMAP_TEMP;
	}
	if (list != NULL && clist_begin(list) != NULL) {
		struct mailimap_mailbox_list *mb = clist_content(
		    clist_begin(list));
		if (mb->mb_delimiter != '\0')
			*delim = mb->mb_delimiter;
	}
	if (list != NULL)
		mailimap_list_result_free(list);
	return IMAP_OK;
}

/* Creates and subscribes the folder if LIST does not show it. */
static int
imap_ensure_folder(struct imap_session *s, const char *name, char **err)
{
	clist *list = NULL;
	char *wire = imap_utf7_encode(name);
	int r, have, rc = IMAP_TEMP;

	if ((r = mailimap_list(s->imap, "", wire, &list)) != MAILIMAP_NO_ERROR) {
		*err = imap_errf(s, "LIST failed", r);
		goto out;
	}
	have = list != NULL && clist_count(list) > 0;
	if (list != NULL)
		mailimap_list_result_free(list);
	if (have) {
		rc = IMAP_OK;
		goto out;
	}
	if ((r = mailimap_create(s->imap, wire)) != MAILIMAP_NO_ERROR) {
		char *what = g_strdup_printf("cannot create folder %s", name);
		*err = imap_errf(s, what, r);
		g_free(what);
		goto out;
	}
	log_info("account %s: created folder %s", s->a->name, name);
	if ((r = mailimap_subscribe(s->imap, wire)) != MAILIMAP_NO_ERROR)
		log_warn("account %s: cannot subscribe to %s: %s", s->a->name,
		    name, s->imap->imap_response ? s->imap->imap_response : "");
	rc = IMAP_OK;
out:
	g_free(wire);
	return rc;
}

/* One of the folders mailtriage files into: *name = configured, else
 * folder_prefix, the delimiter and leaf; made (and subscribed) when
 * moving. */
static int
imap_own_folder(struct imap_session *s, char **name, const char *configured,
    const char *leaf, char **err)
{
	g_free(*name);
	*name = configured != NULL ? g_strdup(configured) :
	    g_strdup_printf("%s%c%s", s->a->folder_prefix, s->delim, leaf);
	return s->a->move ? imap_ensure_folder(s, *name, err) : IMAP_OK;
}

/* After login: what the server can do, the folders, SELECT. */
static int
imap_prepare(struct imap_session *s, char **err)
{
	const struct conf_account *a = s->a;
	struct mailimap_capability_data *cap = NULL;
	char delim;
	int r, rc;

	/* Capabilities change at login (RFC 3501 7.2.1): ask again. */
	if ((r = mailimap_capability(s->imap, &cap)) != MAILIMAP_NO_ERROR) {
		*err = imap_errf(s, "CAPABILITY failed", r);
		return IMAP_TEMP;
	}
	mailimap_capability_data_free(cap);
	s->has_move = mailimap_has_extension(s->imap, "MOVE");
	s->has_uidplus = mailimap_has_uidplus(s->imap);
	s->has_idle = mailimap_has_idle(s->imap);
	if (a->move && !s->has_move && !s->has_uidplus) {
		/* A plain EXPUNGE would also remove what others marked
		 * \Deleted in a shared folder. */
		*err = g_strdup_printf("account %s: the server has neither "
		    "MOVE nor UIDPLUS, so messages cannot be moved safely; "
		    "use mode = tag", a->name);
		return IMAP_CONFIG;
	}
	if ((rc = imap_delimiter(s, &delim, err)) != IMAP_OK)
		return rc;
	s->delim = delim;
	for (int i = 0; i < LEVEL_COUNT && rc == IMAP_OK; i++)
		rc = imap_own_folder(s, &s->target[i], NULL,
		    imap_level_folder[i], err);
	if (rc == IMAP_OK)
		rc = imap_own_folder(s, &s->resolved, a->resolved_folder,
		    "Resolved", err);
	if (rc == IMAP_OK)
		rc = imap_own_folder(s, &s->pending, a->pending_folder,
		    "Pending", err);
	if (rc == IMAP_OK)
		rc = imap_own_folder(s, &s->auto_target, NULL, "Auto", err);
	if (rc != IMAP_OK)
		return rc;
	s->uidvalidity = 0;
	if ((rc = imap_select(s, a->folder, 0, &s->uidvalidity, err)) == 1) {
		char *what = g_strdup_printf("cannot select %s", a->folder);
		*err = imap_errf(s, what, MAILIMAP_ERROR_SELECT);
		g_free(what);
		return IMAP_TEMP;
	}
	return rc;
}

int
imap_select(struct imap_session *s, const char *folder, int readonly,
    unsigned long *uidvalidity, char **err)
{
	int r;

	char *wire = imap_utf7_encode(folder);

	g_clear_pointer(&s->selected, g_free);
	r = readonly ? mailimap_examine(s->imap, wire) :
	    mailimap_select(s->imap, wire);
	g_free(wire);
	if (r == MAILIMAP_ERROR_SELECT || r == MAILIMAP_ERROR_EXAMINE)
		return 1;
	if (r != MAILIMAP_NO_ERROR) {
		char *what = g_strdup_printf("cannot select %s", folder);
		*err = imap_errf(s, what, r);
		g_free(what);
		return IMAP_TEMP;
	}
	/* Only a read-write selection counts: the operations need one. */
	if (!readonly)
		s->selected = g_strdup(folder);
	*uidvalidity = s->imap->imap_selection_info != NULL ?
	    s->imap->imap_selection_info->sel_uidvalidity : 0;
	if (strcmp(folder, s->a->folder) == 0)
		s->uidvalidity = *uidvalidity;
	return IMAP_OK;
}

int
imap_select_watched(struct imap_session *s, char **err)
{
	unsigned long uv;
	int rc;

	if (s->selected != NULL && strcmp(s->selected, s->a->folder) == 0)
		return IMAP_OK;
	if ((rc = imap_select(s, s->a->folder, 0, &uv, err)) == 1) {
		char *what = g_strdup_printf("cannot select %s", s->a->folder);
		*err = imap_errf(s, what, MAILIMAP_ERROR_SELECT);
		g_free(what);
		return IMAP_TEMP;
	}
	return rc;
}

int
imap_session_connect(struct imap_session *s, char **err)
{
	int rc;

	imap_session_close(s);
	*err = NULL;
	if ((rc = imap_open(s, err)) == IMAP_OK &&
	    (rc = imap_login(s, err)) == IMAP_OK)
		rc = imap_prepare(s, err);
	if (rc != IMAP_OK && s->imap != NULL) {
		mailimap_free(s->imap);	/* no LOGOUT on a refused server */
		s->imap = NULL;
	}
	return rc;
}

int
imap_idle_start(struct imap_session *s, char **err)
{
	int r;

	if (!s->a->idle || !s->has_idle)
		return 0;
	if ((r = mailimap_idle(s->imap)) != MAILIMAP_NO_ERROR) {
		*err = imap_errf(s, "IDLE failed", r);
		return IMAP_TEMP;
	}
	s->idling = 1;
	return 1;
}

int
imap_idle_fd(const struct imap_session *s)
{
	return s->idling ? mailimap_idle_get_fd(s->imap) : -1;
}

int
imap_idle_pending(const struct imap_session *s)
{
	return s->idling && s->imap->imap_stream != NULL &&
	    s->imap->imap_stream->read_buffer_len > 0;
}

int
imap_idle_done(struct imap_session *s, char **err)
{
	int r;

	if (!s->idling)
		return IMAP_OK;
	s->idling = 0;
	if ((r = mailimap_idle_done(s->imap)) != MAILIMAP_NO_ERROR) {
		*err = imap_errf(s, "IDLE ended with an error", r);
		return IMAP_TEMP;
	}
	return IMAP_OK;
}
