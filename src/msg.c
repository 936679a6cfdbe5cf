/* A parsed message and its text zones. The only file that includes gmime.h. */
#include <string.h>
#include <strings.h>

#include <glib.h>
#include <gmime/gmime.h>

#include "html.h"
#include "msg.h"
#include "quote.h"

#define MSG_DEPTH_MAX	32	/* nested multiparts and attached messages */
#define MSG_PARTS_MAX	256	/* text parts read per message */
#define MSG_SALVAGE_MAX	65536	/* header bytes searched for a Subject */

struct msg {
	GString		*zone[ZONE_COUNT];
	char		*error;
	GHashTable	*headers;	/* lower-case name -> decoded value */
	char		*message_id;
	char		*from_addr;
	char		*from_name;
	char		*in_reply_to;
	GPtrArray	*refs;		/* char *, oldest first */
	time_t		 date;
	char		*report_id;	/* a report's returned Message-ID */
	char		*report_status;	/* its first Status: (RFC 3464) */
};

/* State of one walk over the MIME tree. */
struct msg_walk {
	struct msg		*m;
	GMimeParserOptions	*opts;
	int			 parts;
};

static const char *const msg_zone_names[ZONE_COUNT] = {
	"subject", "from", "body", "quoted", "signature", "earlier",
};

static GMutex msg_lock;
static int msg_ready;

static void msg_walk(struct msg_walk *, GMimeObject *, int);

const char *
msg_zone_name(enum msg_zone z)
{
	return (unsigned)z < ZONE_COUNT ? msg_zone_names[z] : "?";
}

int
msg_zone_parse(const char *name)
{
	for (int i = 0; name != NULL && i < ZONE_COUNT; i++)
		if (strcasecmp(name, msg_zone_names[i]) == 0)
			return i;
	return -1;
}

void
msg_init(void)
{
	g_mutex_lock(&msg_lock);
	if (!msg_ready) {
		g_mime_init();
		msg_ready = 1;
	}
	g_mutex_unlock(&msg_lock);
}

void
msg_shutdown(void)
{
	g_mutex_lock(&msg_lock);
	if (msg_ready) {
		g_mime_shutdown();
		msg_ready = 0;
	}
	g_mutex_unlock(&msg_lock);
}

/* A copy of len bytes without NUL bytes; *outlen gets its length.
 * Caller frees. */
static char *
msg_strip_nul(const char *s, size_t len, size_t *outlen)
{
	char *t = g_malloc(len + 1);
	size_t n = 0;

	for (size_t i = 0; i < len; i++)
		if (s[i] != '\0')
			t[n++] = s[i];
	t[n] = '\0';
	*outlen = n;
	return t;
}

/* Text without NUL bytes and made valid UTF-8 (len -1: NUL-terminated).
 * Caller frees. */
static char *
msg_clean(const char *s, gssize len)
{
	char *t, *ret;
	size_t n;

	if (s == NULL)
		return NULL;
	t = msg_strip_nul(s, len < 0 ? strlen(s) : (size_t)len, &n);
	if (g_utf8_validate(t, n, NULL))
		return t;
	ret = g_utf8_make_valid(t, n);
	g_free(t);
	return ret;
}

static int
msg_is_utf8(const char *cs)
{
	return cs == NULL || g_ascii_strcasecmp(cs, "UTF-8") == 0 ||
	    g_ascii_strcasecmp(cs, "US-ASCII") == 0 ||
	    g_ascii_strcasecmp(cs, "ANSI_X3.4-1968") == 0;
}

/* Converts a part's bytes to UTF-8 from its declared charset; bytes
 * that are missing a charset, carry an unknown one or do not convert
 * go through GMime's 8-bit guessing (UTF-8, then windows-1252).
 * Caller frees. */
static char *
msg_to_utf8(GMimeParserOptions *opts, const char *p, size_t len,
    const char *charset)
{
	const char *cs = charset != NULL ? g_mime_charset_iconv_name(charset) :
	    NULL;
	char *conv = NULL, *copy = NULL, *ret = NULL;
	gsize out = 0;
	size_t n;

	if (p == NULL || len == 0)
		return g_strdup("");
	if (!msg_is_utf8(cs)) {
		/* As browsers do: a Latin-1 label means windows-1252. */
		if (g_ascii_strcasecmp(cs, "iso-8859-1") == 0)
			cs = "WINDOWS-1252";
		conv = g_convert(p, len, "UTF-8", cs, NULL, &out, NULL);
		if (conv == NULL && strcmp(cs, "WINDOWS-1252") == 0)
			conv = g_convert(p, len, "UTF-8", "ISO-8859-1", NULL,
			    &out, NULL);
		if (conv != NULL) {
			ret = msg_clean(conv, out);
			goto out;
		}
	}
	copy = msg_strip_nul(p, len, &n);
	if (g_utf8_validate(copy, n, NULL)) {
		ret = copy;
		copy = NULL;
		goto out;
	}
	conv = g_mime_utils_decode_8bit(opts, copy, n);
	ret = msg_clean(conv != NULL ? conv : "", -1);
out:
	g_free(conv);
	g_free(copy);
	return ret;
}

static void
msg_append(GString *s, const char *text)
{
	if (text == NULL || *text == '\0')
		return;
	if (s->len > 0)
		g_string_append_c(s, '\n');
	g_string_append(s, text);
}

/* The decoded text of a leaf part, as UTF-8. Caller frees. */
static char *
msg_part_text(struct msg_walk *w, GMimePart *part)
{
	GMimeDataWrapper *content = g_mime_part_get_content(part);
	GMimeStream *mem;
	GByteArray *bytes;
	char *text;

	if (content == NULL)
		return g_strdup("");
	mem = g_mime_stream_mem_new();
	g_mime_data_wrapper_write_to_stream(content, mem);
	bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem));
	text = msg_to_utf8(w->opts, (const char *)bytes->data, bytes->len,
	    g_mime_object_get_content_type_parameter(GMIME_OBJECT(part),
	    "charset"));
	g_object_unref(mem);
	return text;
}

static int
msg_blank(const char *s)
{
	for (; *s != '\0'; s++)
		if (!g_ascii_isspace(*s))
			return 0;
	return 1;
}

/* Whether a leaf is inline text/plain (1) or text/html (2), else 0. */
static int
msg_text_kind(GMimeObject *obj)
{
	GMimeContentType *ct;

	if (!GMIME_IS_PART(obj) || g_mime_part_is_attachment(GMIME_PART(obj)))
		return 0;
	if ((ct = g_mime_object_get_content_type(obj)) == NULL)
		return 1;
	if (g_mime_content_type_is_type(ct, "text", "plain"))
		return 1;
	if (g_mime_content_type_is_type(ct, "text", "html"))
		return 2;
	return 0;
}

/* Splits a part's text and appends it to the zones. */
static void
msg_add_text(struct msg_walk *w, const char *text, int html)
{
	struct quote_parts qp;
	char *plain = NULL;

	if (html) {
		plain = html_to_text(text, strlen(text));
		text = plain;
	}
	quote_split(text, w->m->zone[ZONE_SUBJECT]->str, w->m->from_name,
	    w->m->from_addr, &qp);
	msg_append(w->m->zone[ZONE_BODY], qp.body);
	msg_append(w->m->zone[ZONE_QUOTED], qp.quoted);
	msg_append(w->m->zone[ZONE_SIGNATURE], qp.signature);
	msg_append(w->m->zone[ZONE_EARLIER], qp.own);
	quote_parts_clear(&qp);
	free(plain);
}

/* The value of the first "name:" line of text, trimmed, or NULL.
 * Caller frees. */
static char *
msg_field(const char *text, const char *name)
{
	size_t n = strlen(name);

	for (const char *p = text; p != NULL && *p != '\0';
	    p = strchr(p, '\n'), p = p != NULL ? p + 1 : NULL) {
		const char *e;

		GString *v;

		if (g_ascii_strncasecmp(p, name, n) != 0 || p[n] != ':')
			continue;
		/* The value, and its folded continuation lines. */
		v = g_string_new(NULL);
		for (e = p + n + 1;; e++) {
			if (*e == '\0')
				break;
			if (*e == '\n' && (e[1] == ' ' || e[1] == '\t')) {
				g_string_append_c(v, ' ');
				continue;
			}
			if (*e == '\n')
				break;
			if (*e != '\r')
				g_string_append_c(v, *e);
		}
		g_strstrip(v->str);	/* in place */
		if (v->str[0] == '\0') {
			g_string_free(v, TRUE);
			return NULL;
		}
		return g_string_free(v, FALSE);
	}
	return NULL;
}

/* The parts of a delivery report (RFC 3464) we read: the returned
 * headers' Message-ID, and the Status of the first recipient. */
static void
msg_walk_report(struct msg_walk *w, GMimeObject *obj)
{
	GMimeContentType *ct = g_mime_object_get_content_type(obj);
	int headers, status;
	char *text, *v;

	if (ct == NULL || !GMIME_IS_PART(obj))
		return;
	headers = g_mime_content_type_is_type(ct, "text", "rfc822-headers");
	status = g_mime_content_type_is_type(ct, "message",
	    "delivery-status");
	if (!headers && !status)
		return;
	text = msg_part_text(w, GMIME_PART(obj));
	if (headers && w->m->report_id == NULL &&
	    (v = msg_field(text, "Message-ID")) != NULL) {
		w->m->report_id = g_strdup(g_strdelimit(v, "<>", ' '));
		g_strstrip(w->m->report_id);
		g_free(v);
	}
	if (status && w->m->report_status == NULL)
		w->m->report_status = msg_field(text, "Status");
	g_free(text);
}

static void
msg_walk_part(struct msg_walk *w, GMimeObject *obj)
{
	int kind = msg_text_kind(obj);
	char *text;

	msg_walk_report(w, obj);

	if (kind == 0 || w->parts >= MSG_PARTS_MAX)
		return;
	w->parts++;
	text = msg_part_text(w, GMIME_PART(obj));
	msg_add_text(w, text, kind == 2);
	g_free(text);
}

static size_t
msg_text_len(const struct msg *m)
{
	return m->zone[ZONE_BODY]->len + m->zone[ZONE_QUOTED]->len +
	    m->zone[ZONE_SIGNATURE]->len;
}

/* multipart/alternative: one alternative only, so words count once.
 * text/plain when it says something, else the richest other one. */
static void
msg_walk_alt(struct msg_walk *w, GMimeMultipart *mp, int depth)
{
	int n = g_mime_multipart_get_count(mp);

	for (int i = 0; i < n; i++) {
		GMimeObject *child = g_mime_multipart_get_part(mp, i);
		char *text;

		if (msg_text_kind(child) != 1 || w->parts >= MSG_PARTS_MAX)
			continue;
		text = msg_part_text(w, GMIME_PART(child));
		if (!msg_blank(text)) {
			w->parts++;
			msg_add_text(w, text, 0);
			g_free(text);
			return;
		}
		g_free(text);
	}
	for (int i = n - 1; i >= 0; i--) {
		GMimeObject *child = g_mime_multipart_get_part(mp, i);
		size_t before = msg_text_len(w->m);

		if (msg_text_kind(child) == 1)
			continue;
		msg_walk(w, child, depth + 1);
		if (msg_text_len(w->m) > before)
			return;
	}
}

static void
msg_walk(struct msg_walk *w, GMimeObject *obj, int depth)
{
	if (obj == NULL || depth > MSG_DEPTH_MAX)
		return;
	if (GMIME_IS_MESSAGE_PART(obj)) {
		GMimeMessage *sub;

		sub = g_mime_message_part_get_message(GMIME_MESSAGE_PART(obj));
		/* A returned message (message/rfc822 in a report). */
		if (sub != NULL && w->m->report_id == NULL &&
		    g_mime_message_get_message_id(sub) != NULL)
			w->m->report_id = g_strdup(
			    g_mime_message_get_message_id(sub));
		if (sub != NULL)
			msg_walk(w, g_mime_message_get_mime_part(sub), depth + 1);
	} else if (GMIME_IS_MULTIPART_ENCRYPTED(obj)) {
		return;
	} else if (GMIME_IS_MULTIPART_SIGNED(obj)) {
		msg_walk(w, g_mime_multipart_get_part(GMIME_MULTIPART(obj),
		    GMIME_MULTIPART_SIGNED_CONTENT), depth + 1);
	} else if (GMIME_IS_MULTIPART(obj)) {
		GMimeMultipart *mp = GMIME_MULTIPART(obj);
		GMimeContentType *ct = g_mime_object_get_content_type(obj);

		if (ct != NULL && g_mime_content_type_is_type(ct, "multipart",
		    "alternative")) {
			msg_walk_alt(w, mp, depth);
			return;
		}
		for (int i = 0; i < g_mime_multipart_get_count(mp); i++)
			msg_walk(w, g_mime_multipart_get_part(mp, i), depth + 1);
	} else
		msg_walk_part(w, obj);
}

/* The first mailbox of the From list: fills the from zone, name, addr. */
static void
msg_read_from(struct msg *m, GMimeMessage *message)
{
	InternetAddressList *list = g_mime_message_get_from(message);
	InternetAddress *ia = NULL;
	const char *name, *addr = NULL;

	if (list != NULL && internet_address_list_length(list) > 0)
		ia = internet_address_list_get_address(list, 0);
	if (ia != NULL && INTERNET_ADDRESS_IS_GROUP(ia)) {
		list = internet_address_group_get_members(
		    INTERNET_ADDRESS_GROUP(ia));
		ia = internet_address_list_length(list) > 0 ?
		    internet_address_list_get_address(list, 0) : NULL;
	}
	if (ia == NULL || !INTERNET_ADDRESS_IS_MAILBOX(ia)) {
		const char *raw = msg_header(m, "from");

		if (raw != NULL)
			g_string_assign(m->zone[ZONE_FROM], raw);
		return;
	}
	name = internet_address_get_name(ia);
	addr = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(ia));
	if (name != NULL && *name != '\0')
		m->from_name = msg_clean(name, -1);
	if (addr != NULL && *addr != '\0') {
		char *clean = msg_clean(addr, -1);

		m->from_addr = g_utf8_strdown(clean, -1);
		g_free(clean);
	}
	if (m->from_name != NULL && m->from_addr != NULL)
		g_string_printf(m->zone[ZONE_FROM], "%s <%s>", m->from_name,
		    m->from_addr);
	else if (m->from_addr != NULL || m->from_name != NULL)
		g_string_assign(m->zone[ZONE_FROM], m->from_addr != NULL ?
		    m->from_addr : m->from_name);
}

/* Message ids of a References or In-Reply-To header, oldest first. */
static void
msg_read_ids(GPtrArray *into, GMimeParserOptions *opts, const char *value)
{
	GMimeReferences *refs;

	if (value == NULL || (refs = g_mime_references_parse(opts, value)) ==
	    NULL)
		return;
	for (int i = 0; i < g_mime_references_length(refs); i++)
		g_ptr_array_add(into, msg_clean(
		    g_mime_references_get_message_id(refs, i), -1));
	g_mime_references_free(refs);
}

static void
msg_read_headers(struct msg *m, GMimeMessage *message,
    GMimeParserOptions *opts)
{
	GMimeHeaderList *hl = g_mime_object_get_header_list(
	    GMIME_OBJECT(message));
	GPtrArray *irt = g_ptr_array_new_with_free_func(g_free);
	GDateTime *date;
	const char *s;

	for (int i = 0; hl != NULL && i < g_mime_header_list_get_count(hl);
	    i++) {
		GMimeHeader *h = g_mime_header_list_get_header_at(hl, i);
		const char *name = g_mime_header_get_name(h);
		const char *value = g_mime_header_get_value(h);
		char *key;

		if (name == NULL)
			continue;
		key = g_ascii_strdown(name, -1);
		if (g_hash_table_contains(m->headers, key))
			g_free(key);
		else
			g_hash_table_insert(m->headers, key,
			    msg_clean(value != NULL ? value : "", -1));
	}
	/* GMime keeps the Content-* headers with the top part. */
	if (!g_hash_table_contains(m->headers, "content-type") &&
	    g_mime_message_get_mime_part(message) != NULL &&
	    (s = g_mime_object_get_header(g_mime_message_get_mime_part(
	    message), "Content-Type")) != NULL)
		g_hash_table_insert(m->headers, g_strdup("content-type"),
		    msg_clean(s, -1));
	if ((s = g_mime_message_get_subject(message)) != NULL) {
		char *clean = msg_clean(s, -1);

		g_string_assign(m->zone[ZONE_SUBJECT], clean);
		g_free(clean);
	}
	msg_read_from(m, message);
	if ((s = g_mime_message_get_message_id(message)) != NULL && *s != '\0')
		m->message_id = msg_clean(s, -1);
	msg_read_ids(irt, opts, msg_header(m, "in-reply-to"));
	if (irt->len > 0)
		m->in_reply_to = g_strdup(g_ptr_array_index(irt, 0));
	g_ptr_array_free(irt, TRUE);
	msg_read_ids(m->refs, opts, msg_header(m, "references"));
	if ((date = g_mime_message_get_date(message)) != NULL)
		m->date = (time_t)g_date_time_to_unix(date);
}

/* For a message GMime gave up on: a Subject from the header block. */
static void
msg_salvage_subject(struct msg *m, GMimeParserOptions *opts,
    const char *raw, size_t len)
{
	GString *value = NULL;
	size_t i = 0, end = MIN(len, MSG_SALVAGE_MAX);

	while (i < end) {
		const char *nl = memchr(raw + i, '\n', end - i);
		size_t n = (nl != NULL ? (size_t)(nl - raw) : end) - i;
		const char *line = raw + i;

		i += n + 1;
		if (n > 0 && line[n - 1] == '\r')
			n--;
		if (n == 0)
			break;		/* end of the header block */
		if (value != NULL && (*line == ' ' || *line == '\t'))
			g_string_append_len(value, line, n);
		else if (value != NULL)
			break;
		else if (n >= 8 && g_ascii_strncasecmp(line, "Subject:", 8) == 0)
			value = g_string_new_len(line + 8, n - 8);
	}
	if (value != NULL) {
		char *text = msg_clean(value->str, value->len);
		char *dec = g_mime_utils_header_decode_text(opts, text);
		char *clean = msg_clean(g_strstrip(dec), -1);

		g_string_assign(m->zone[ZONE_SUBJECT], clean);
		g_free(clean);
		g_free(dec);
		g_free(text);
		g_string_free(value, TRUE);
	}
}

static GMimeParserOptions *
msg_options(void)
{
	static const char *fallback[] = { "utf-8", "windows-1252", NULL };
	GMimeParserOptions *opts = g_mime_parser_options_new();

	g_mime_parser_options_set_fallback_charsets(opts, fallback);
	g_mime_parser_options_set_rfc2047_compliance_mode(opts,
	    GMIME_RFC_COMPLIANCE_LOOSE);
	g_mime_parser_options_set_address_compliance_mode(opts,
	    GMIME_RFC_COMPLIANCE_LOOSE);
	g_mime_parser_options_set_parameter_compliance_mode(opts,
	    GMIME_RFC_COMPLIANCE_LOOSE);
	return opts;
}

struct msg *
msg_parse(const char *raw, size_t len)
{
	struct msg *m;
	struct msg_walk w;
	GMimeParserOptions *opts = NULL;
	GMimeStream *stream = NULL;
	GMimeParser *parser = NULL;
	GMimeMessage *message = NULL;

	if (raw == NULL)
		return NULL;
	msg_init();
	m = g_new0(struct msg, 1);
	for (int z = 0; z < ZONE_COUNT; z++)
		m->zone[z] = g_string_new("");
	m->headers = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    g_free);
	m->refs = g_ptr_array_new_with_free_func(g_free);

	/* An mbox "From " separator line is not part of the message. */
	if (len >= 5 && memcmp(raw, "From ", 5) == 0) {
		const char *nl = memchr(raw, '\n', len);

		len = nl != NULL ? len - (size_t)(nl + 1 - raw) : 0;
		raw = nl != NULL ? nl + 1 : raw + 5;
	}
	opts = msg_options();
	stream = g_mime_stream_mem_new_with_buffer(raw, len);
	parser = g_mime_parser_new_with_stream(stream);
	g_mime_parser_set_format(parser, GMIME_FORMAT_MESSAGE);
	if ((message = g_mime_parser_construct_message(parser, opts)) == NULL) {
		m->error = g_strdup(len == 0 ? "empty message" :
		    "not a message: no header block could be parsed");
		msg_salvage_subject(m, opts, raw, len);
		goto out;
	}
	msg_read_headers(m, message, opts);
	w.m = m;
	w.opts = opts;
	w.parts = 0;
	msg_walk(&w, g_mime_message_get_mime_part(message), 0);
out:
	if (message != NULL)
		g_object_unref(message);
	if (parser != NULL)
		g_object_unref(parser);
	if (stream != NULL)
		g_object_unref(stream);
	g_mime_parser_options_free(opts);
	return m;
}

void
msg_free(struct msg **mp)
{
	struct msg *m;

	if (mp == NULL || (m = *mp) == NULL)
		return;
	for (int z = 0; z < ZONE_COUNT; z++)
		g_string_free(m->zone[z], TRUE);
	g_hash_table_destroy(m->headers);
	g_ptr_array_free(m->refs, TRUE);
	g_free(m->error);
	g_free(m->message_id);
	g_free(m->from_addr);
	g_free(m->from_name);
	g_free(m->in_reply_to);
	g_free(m->report_id);
	g_free(m->report_status);
	g_free(m);
	*mp = NULL;
}

const char *
msg_error(const struct msg *m)
{
	return m != NULL ? m->error : NULL;
}

const char *
msg_zone_text(const struct msg *m, enum msg_zone z, size_t *len)
{
	if (m == NULL || (unsigned)z >= ZONE_COUNT) {
		if (len != NULL)
			*len = 0;
		return "";
	}
	if (len != NULL)
		*len = m->zone[z]->len;
	return m->zone[z]->str;
}

const char *
msg_header(const struct msg *m, const char *name)
{
	char *key;
	const char *v;

	if (m == NULL || name == NULL)
		return NULL;
	key = g_ascii_strdown(name, -1);
	v = g_hash_table_lookup(m->headers, key);
	g_free(key);
	return v;
}

const char *
msg_report_id(const struct msg *m)
{
	return m != NULL ? m->report_id : NULL;
}

const char *
msg_report_status(const struct msg *m)
{
	return m != NULL ? m->report_status : NULL;
}

const char *
msg_message_id(const struct msg *m)
{
	return m != NULL ? m->message_id : NULL;
}

const char *
msg_from_addr(const struct msg *m)
{
	return m != NULL ? m->from_addr : NULL;
}

const char *
msg_from_name(const struct msg *m)
{
	return m != NULL ? m->from_name : NULL;
}

const char *
msg_in_reply_to(const struct msg *m)
{
	return m != NULL ? m->in_reply_to : NULL;
}

const char *const *
msg_references(const struct msg *m, size_t *n)
{
	if (n != NULL)
		*n = m != NULL ? m->refs->len : 0;
	if (m == NULL || m->refs->len == 0)
		return NULL;
	return (const char *const *)m->refs->pdata;
}

time_t
msg_date(const struct msg *m)
{
	return m != NULL ? m->date : 0;
}
