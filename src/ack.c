/* Acknowledgements: the template files, who may get one (RFC 3834 2 and
 * 4), and sending it once. A template, <lang>.txt:
 *
 *     # comments
 *     critical: urgent, we are on it
 *     high: high, it blocks your work
 *     medium: normal
 *     low: low, a question without a deadline
 *
 *     Hello {name}, ... ticket {tag} ... {priority} ... {due}
 *
 * The level lines give the priority in plain words; after the first
 * blank line comes the body. Placeholders: {name} {ticket} {tag}
 * {subject} {priority} {due}. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "ack.h"
#include "auto.h"
#include "conf.h"
#include "diag.h"
#include "lang.h"
#include "ledger.h"
#include "log.h"
#include "mailer.h"
#include "msg.h"
#include "mt.h"
#include "priority.h"
#include "triage.h"


static const char *const ack_placeholders[] = {
	"name", "ticket", "tag", "subject", "priority", "due",
};

/* Local parts that are robots, never people (RFC 3834 2). */
static const char *const ack_robots[] = {
	"noreply", "no-reply", "no_reply", "donotreply", "do-not-reply",
	"do_not_reply", "mailer-daemon", "postmaster", "listserv",
	"majordomo", "bounce", "bounces",
};

struct ack_tpl {
	char *level[LEVEL_COUNT];
	char *body;
};

static void
ack_tpl_clear(struct ack_tpl *t)
{
	for (int i = 0; i < LEVEL_COUNT; i++)
		g_free(t->level[i]);
	g_free(t->body);
	memset(t, 0, sizeof(*t));
}

/* The placeholders of one line: unknown ones are errors. */
static int
ack_check_line(const char *path, int lineno, const char *line,
    struct diag *d)
{
	const char *p = line, *e;
	int nerr = 0;

	while ((p = strchr(p, '{')) != NULL) {
		size_t i;

		if ((e = strchr(p, '}')) == NULL)
			break;
		for (i = 0; i < G_N_ELEMENTS(ack_placeholders); i++)
			if ((size_t)(e - p - 1) == strlen(ack_placeholders[i]) &&
			    strncmp(p + 1, ack_placeholders[i], e - p - 1) == 0)
				break;
		if (i == G_N_ELEMENTS(ack_placeholders)) {
			diag_add(d, DIAG_ERROR, path, lineno, diag_col(line, p),
			    "unknown placeholder %.*s: use {name}, {ticket}, "
			    "{tag}, {subject}, {priority} or {due}",
			    (int)(e - p + 1), p);
			nerr++;
		}
		p = e + 1;
	}
	return nerr;
}

/* Parses a template; problems go to d (may be NULL). Errors counted. */
static int
ack_tpl_parse(const char *path, struct ack_tpl *out, struct diag *d)
{
	char *text = NULL, **lines = NULL;
	GString *body = g_string_new(NULL);
	GError *gerr = NULL;
	int nerr = 0, in_body = 0;

	memset(out, 0, sizeof(*out));
	if (!g_file_get_contents(path, &text, NULL, &gerr)) {
		diag_add(d, DIAG_ERROR, path, 0, 0, "%s", gerr->message);
		g_error_free(gerr);
		g_string_free(body, TRUE);
		return 1;
	}
	if (!g_utf8_validate(text, -1, NULL)) {
		diag_add(d, DIAG_ERROR, path, 0, 0, "not UTF-8");
		nerr++;
		goto out;
	}
	lines = g_strsplit(text, "\n", -1);
	for (int i = 0; lines[i] != NULL; i++) {
		char *line = lines[i], *colon;
		int lvl;

		g_strchomp(line);
		if (in_body) {
			nerr += ack_check_line(path, i + 1, line, d);
			g_string_append_printf(body, "%s\n", line);
			continue;
		}
		if (*line == '#')
			continue;
		if (*line == '\0') {
			in_body = 1;
			continue;
		}
		colon = strchr(line, ':');
		if (colon != NULL)
			*colon = '\0';
		lvl = mt_level_parse(g_strstrip(line));
		if (colon == NULL || lvl < 0) {
			diag_add(d, DIAG_ERROR, path, i + 1, 1, "expected "
			    "'critical:', 'high:', 'medium:' or 'low:' and the "
			    "priority in plain words, or a blank line before "
			    "the body");
			nerr++;
			continue;
		}
		nerr += ack_check_line(path, i + 1, colon + 1, d);
		g_free(out->level[lvl]);
		out->level[lvl] = g_strdup(g_strstrip(colon + 1));
	}
	for (int l = 0; l < LEVEL_COUNT; l++)
		if (out->level[l] == NULL || *out->level[l] == '\0') {
			diag_add(d, DIAG_ERROR, path, 1, 1, "no '%s:' line "
			    "(the priority in plain words)", mt_level_name(l));
			nerr++;
		}
	while (body->len > 0 && body->str[body->len - 1] == '\n' &&
	    body->len > 1 && body->str[body->len - 2] == '\n')
		g_string_truncate(body, body->len - 1);
	if (body->len == 0) {
		diag_add(d, DIAG_ERROR, path, 0, 0, "no body: the text comes "
		    "after the first blank line");
		nerr++;
	}
out:
	out->body = g_string_free(body, FALSE);
	g_strfreev(lines);
	g_free(text);
	return nerr;
}

int
ack_check(const char *dir, int required, struct diag *d)
{
	int nerr = 0;

	if (!g_file_test(dir, G_FILE_TEST_IS_DIR)) {
		if (required)
			diag_add(d, DIAG_ERROR, dir, 0, 0, "no template "
			    "directory ([ack] templates)");
		return required;
	}
	for (int l = 0; l < LANG_COUNT; l++) {
		char *p = g_strdup_printf("%s/%s.txt", dir, lang_name(l));
		struct ack_tpl t;

		if (g_file_test(p, G_FILE_TEST_EXISTS)) {
			nerr += ack_tpl_parse(p, &t, d);
			ack_tpl_clear(&t);
		} else if (l == LANG_EN) {
			diag_add(d, DIAG_ERROR, p, 0, 0, "missing: English is "
			    "the template of every language without one");
			nerr++;
		}
		g_free(p);
	}
	return nerr;
}

long long
ack_tag_find(const char *fmt, const char *subject)
{
	const char *pc = fmt != NULL ? strstr(fmt, "%t") : NULL, *p;
	size_t npre, nsuf;

	if (pc == NULL || subject == NULL)
		return 0;
	npre = (size_t)(pc - fmt);
	nsuf = strlen(pc + 2);
	for (p = subject; *p != '\0'; p++) {
		const char *q = p + npre, *e;

		if (strncmp(p, fmt, npre) != 0 || !g_ascii_isdigit(*q))
			continue;
		for (e = q; g_ascii_isdigit(*e); e++)
			;
		if (e - q <= 15 && strncmp(e, pc + 2, nsuf) == 0)
			return g_ascii_strtoll(q, NULL, 10);
	}
	return 0;
}

/* fmt with %t as the ticket number. Caller frees. */
static char *
ack_tag(const char *fmt, long long ticket)
{
	GString *s = g_string_new(NULL);

	for (const char *p = fmt; *p != '\0'; p++) {
		if (p[0] == '%' && p[1] == 't') {
			g_string_append_printf(s, "%lld", ticket);
			p++;
		} else
			g_string_append_c(s, *p);
	}
	return g_string_free(s, FALSE);
}

/* The bare address of a Return-Path, or NULL for none or "<>". */
static char *
ack_return_path(const struct msg *m)
{
	const char *v = msg_header(m, "Return-Path");
	char *a;

	if (v == NULL)
		return NULL;
	a = g_strstrip(g_strdup(v));
	if (*a == '<')
		memmove(a, a + 1, strlen(a));
	if (*a != '\0' && a[strlen(a) - 1] == '>')
		a[strlen(a) - 1] = '\0';
	return a;
}

static int
ack_is_robot(const char *addr)
{
	const char *at = strchr(addr, '@');
	char *local = g_ascii_strdown(addr, at != NULL ? at - addr : -1);
	int robot = g_str_has_prefix(local, "owner-") ||
	    g_str_has_suffix(local, "-request") ||
	    g_str_has_suffix(local, "-owner");

	for (size_t i = 0; !robot && i < G_N_ELEMENTS(ack_robots); i++)
		robot = strcmp(local, ack_robots[i]) == 0;
	g_free(local);
	return robot;
}

const char *
ack_refuse(const struct conf *c, const struct triage *t, const char **to)
{
	const struct msg *m = t->msg;
	const char *from = m != NULL ? msg_from_addr(m) : NULL, *v;
	char *rp;

	*to = NULL;
	if (!c->ack_enabled)
		return "acknowledgements are off";
	if (m == NULL || t->unclassified)
		return "the message could not be classified";
	if (t->auto_kind != AUTO_NONE)
		return "automatic mail";
	if (t->agent)
		return "the team's own mail";
	/* RFC 3834 2: nothing automatic, nothing from a list. */
	if ((v = msg_header(m, "Auto-Submitted")) != NULL) {
		while (g_ascii_isspace(*v))
			v++;
		if (g_ascii_strncasecmp(v, "no", 2) != 0)
			return "Auto-Submitted";
	}
	if ((v = msg_header(m, "Precedence")) != NULL &&
	    (g_ascii_strcasecmp(v, "bulk") == 0 ||
	    g_ascii_strcasecmp(v, "list") == 0 ||
	    g_ascii_strcasecmp(v, "junk") == 0))
		return "Precedence: bulk, list or junk";
	if (msg_header(m, "List-Id") != NULL)
		return "mailing list mail";
	rp = ack_return_path(m);
	if (rp != NULL && *rp == '\0') {
		g_free(rp);
		return "a null Return-Path";
	}
	if (from == NULL || strchr(from, '@') == NULL) {
		g_free(rp);
		return "no sender address";
	}
	/* An address that would need quoting, or carries a control byte,
	 * could smuggle a header into ours or an option into sendmail. */
	for (const char *p = from; *p != '\0'; p++)
		if ((unsigned char)*p <= 0x20 || *p == 0x7f || *p == '"' ||
		    *p == '\\' || *p == '<' || *p == '>' || *p == ',') {
			g_free(rp);
			return "a sender address we will not write to";
		}
	if (ack_is_robot(from) || (rp != NULL && ack_is_robot(rp))) {
		g_free(rp);
		return "a robot's address (noreply, mailer-daemon, ...)";
	}
	g_free(rp);
	if ((c->ack_from != NULL && g_ascii_strcasecmp(from, c->ack_from) ==
	    0) || (c->notify_from != NULL &&
	    g_ascii_strcasecmp(from, c->notify_from) == 0) ||
	    conf_is_agent(c, from))
		return "our own address";
	if (t->input.ticket > 0)
		return "a follow-up of an open ticket";
	*to = from;
	return NULL;
}

/* text with its placeholders filled, into out. */
static void
ack_fill(GString *out, const char *text, const char *const *vals)
{
	const char *p = text;

	while (*p != '\0') {
		int done = 0;

		for (size_t i = 0; *p == '{' && !done &&
		    i < G_N_ELEMENTS(ack_placeholders); i++) {
			size_t n = strlen(ack_placeholders[i]);

			if (strncmp(p + 1, ack_placeholders[i], n) == 0 &&
			    p[n + 1] == '}') {
				g_string_append(out, vals[i]);
				p += n + 2;
				done = 1;
			}
		}
		if (!done)
			g_string_append_c(out, *p++);
	}
}

/* The customer's subject without reply prefixes (Re:, AW:, RES:, ...)
 * and without our tag: what goes after "%T Re: ". Caller frees. */
static char *
ack_subject_base(const char *subject, const char *tag)
{
	static const char *const pre[] = { "re", "aw", "sv", "vs", "res",
	    "r", "antw", "fw", "fwd", "wg", "tr", "rif", "enc" };
	const char *p = subject;
	char *s, *t;
	int again = 1;

	while (again) {
		again = 0;
		while (g_ascii_isspace(*p))
			p++;
		if (tag != NULL && *tag != '\0' && g_str_has_prefix(p, tag)) {
			p += strlen(tag);
			again = 1;
			continue;
		}
		for (size_t i = 0; i < G_N_ELEMENTS(pre); i++) {
			size_t n = strlen(pre[i]);

			if (g_ascii_strncasecmp(p, pre[i], n) == 0 &&
			    (p[n] == ':' || (p[n] == ' ' && p[n + 1] == ':'))) {
				p += n + (p[n] == ':' ? 1 : 2);
				again = 1;
				break;
			}
		}
	}
	s = g_strdup(p);
	t = g_strstrip(s);
	memmove(s, t, strlen(t) + 1);
	return s;
}

/* The due time in the [sla] time zone. Caller frees. */
static char *
ack_due(const struct conf *c, time_t due)
{
	GTimeZone *tz = c->timezone != NULL && *c->timezone != '\0' ?
	    g_time_zone_new_identifier(c->timezone) : NULL;
	GDateTime *dt;
	char *s;

	if (tz == NULL)
		tz = g_time_zone_new_local();
	dt = g_date_time_new_from_unix_utc(due);
	if (dt != NULL) {
		GDateTime *local = g_date_time_to_timezone(dt, tz);

		s = g_date_time_format(local, "%Y-%m-%d %H:%M %Z");
		g_date_time_unref(local);
		g_date_time_unref(dt);
	} else
		s = g_strdup("?");
	g_time_zone_unref(tz);
	return s;
}

/* A message id fit to write back in a header: no blanks, control bytes
 * or angle brackets. */
static int
ack_id_ok(const char *id)
{
	if (id == NULL || *id == '\0')
		return 0;
	for (const char *p = id; *p != '\0'; p++)
		if ((unsigned char)*p <= 0x20 || *p == 0x7f || *p == '<' ||
		    *p == '>')
			return 0;
	return 1;
}

/* The whole acknowledgement. Caller frees. */
static char *
ack_compose(const struct conf *c, const struct ack_tpl *tpl,
    const struct triage *t, long long ticket, const char *to,
    const char *msgid, time_t now)
{
	const struct msg *m = t->msg;
	const char *mid = msg_message_id(m), *name = msg_from_name(m);
	const char *const *refs;
	char num[32], date[48], *tag = ack_tag(c->ack_tag, ticket), *subj;
	char *base;
	char *due = ack_due(c, t->prio.due);
	const char *vals[G_N_ELEMENTS(ack_placeholders)];
	GString *s = g_string_new(NULL), *sub = g_string_new(NULL);
	size_t nrefs = 0;

	snprintf(num, sizeof num, "%lld", ticket);
	vals[0] = name != NULL && *name != '\0' ? name : to;
	vals[1] = num;
	vals[2] = tag;
	vals[3] = msg_zone_text(m, ZONE_SUBJECT, NULL);
	vals[4] = tpl->level[t->prio.level];
	vals[5] = due;
	base = ack_subject_base(vals[3], tag);
	for (const char *p = c->ack_subject; *p != '\0'; p++) {
		if (p[0] == '%' && p[1] == 'T')
			g_string_append(sub, tag), p++;
		else if (p[0] == '%' && p[1] == 's')
			g_string_append(sub, base), p++;
		else
			g_string_append_c(sub, *p);
	}
	subj = mailer_header_text(sub->str);
	g_string_append_printf(s, "From: %s\nTo: %s\nSubject: %s\nDate: %s\n"
	    "Message-ID: <%s>\n", c->ack_from, to, subj,
	    priority_format_date(now, date, sizeof date), msgid);
	if (ack_id_ok(mid)) {
		g_string_append_printf(s, "In-Reply-To: <%s>\nReferences:", mid);
		refs = msg_references(m, &nrefs);
		/* The newest few: enough to thread, short enough a line. */
		for (size_t i = nrefs > 8 ? nrefs - 8 : 0; i < nrefs; i++)
			if (ack_id_ok(refs[i]))
				g_string_append_printf(s, " <%s>", refs[i]);
		g_string_append_printf(s, " <%s>\n", mid);
	}
	g_string_append_printf(s, "Auto-Submitted: auto-replied\n"
	    "X-Auto-Response-Suppress: All\nX-Triage-Ack: %lld\n"
	    "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
	    "Content-Transfer-Encoding: 8bit\n\n", ticket);
	ack_fill(s, tpl->body, vals);
	g_free(subj);
	g_free(base);
	g_string_free(sub, TRUE);
	g_free(due);
	g_free(tag);
	return g_string_free(s, FALSE);
}

/* The template for language lang (English when it has none). */
static int
ack_load(const struct conf *c, int lang, struct ack_tpl *tpl)
{
	char *p = g_strdup_printf("%s/%s.txt", c->ack_templates,
	    lang_name(lang >= 0 ? lang : LANG_EN));
	struct diag *d = diag_new();
	int nerr;

	if (!g_file_test(p, G_FILE_TEST_EXISTS) && lang != LANG_EN) {
		g_free(p);
		diag_free(&d);
		return ack_load(c, LANG_EN, tpl);
	}
	if ((nerr = ack_tpl_parse(p, tpl, d)) != 0)
		log_warn("acknowledgement template %s: %s (mailtriage check)",
		    p, diag_len(d) > 0 ? diag_text(d, 0) : "unusable");
	g_free(p);
	diag_free(&d);
	return nerr == 0 ? 0 : -1;
}

/* Sends a recorded acknowledgement and marks it sent. */
static int
ack_send(const struct conf *c, struct ledger *l, long long ticket,
    const char *to, const char *message, char **err)
{
	if (mailer_send(c->sendmail, c->ack_from, to, message,
	    strlen(message), err) != 0)
		return -1;
	if (ledger_begin(l, err) != 0)
		return -1;
	if (ledger_ack_sent(l, ticket, err) != 0 ||
	    ledger_commit(l, err) != 0) {
		ledger_rollback(l);
		return -1;
	}
	log_info("acknowledged ticket #%lld to %s", ticket, to);
	return 0;
}

/* The lock of a ticket's acknowledgement (ledger_lock): held while
 * sending, so that recovery never sends one a live run is sending. */
static struct ledger_lock *
ack_lock(struct ledger *l, long long ticket, char **err)
{
	char *key = g_strdup_printf("ack\n%lld", ticket);
	struct ledger_lock *lk = NULL;

	if (ledger_lock(l, key, 0, &lk, err) == 1)
		lk = NULL;	/* held: another run is on it */
	g_free(key);
	return lk;
}

void
ack_after_filing(const struct conf *c, struct ledger *l,
    const struct triage *t, long long ticket, long long msg_row,
    time_t now)
{
	struct ack_tpl tpl;
	struct ledger_lock *lk = NULL;
	const char *to, *why;
	char *err = NULL, *msgid = NULL, *message = NULL, *recorded = NULL;
	long long first = 0;
	int r;

	memset(&tpl, 0, sizeof tpl);
	if ((why = ack_refuse(c, t, &to)) != NULL) {
		log_debug("no acknowledgement: %s", why);
		return;
	}
	if (ledger_first_message(l, ticket, &first, &err) != 0)
		goto fail;
	if (first != msg_row) {
		log_debug("no acknowledgement: a follow-up of ticket #%lld",
		    ticket);
		return;
	}
	if ((r = ledger_is_undeliverable(l, to, &err)) != 0) {
		if (r < 0)
			goto fail;
		log_info("no acknowledgement to %s: it bounced our mail "
		    "before", to);
		return;
	}
	if (ack_load(c, t->match.lang, &tpl) != 0)
		goto out;
	msgid = g_strdup_printf("mailtriage.ack.%lld.%.12s@%s", ticket,
	    t->body_hash, g_get_host_name());
	message = ack_compose(c, &tpl, t, ticket, to, msgid, now);
	if ((lk = ack_lock(l, ticket, &err)) == NULL) {
		if (err != NULL)
			goto fail;
		goto out;
	}
	if (ledger_begin(l, &err) != 0)
		goto fail;
	r = ledger_ack_reserve(l, ticket, to, msgid, message, now, now -
	    (time_t)(c->ack_interval * 3600), &recorded, &err);
	if (r < 0 || ledger_commit(l, &err) != 0) {
		ledger_rollback(l);
		goto fail;
	}
	if (r == LEDGER_ACK_RECENT)
		log_info("no acknowledgement to %s: one went there within "
		    "%g hours", to, c->ack_interval);
	if ((r == LEDGER_ACK_SEND || r == LEDGER_ACK_UNSENT) && ack_send(c,
	    l, ticket, to, r == LEDGER_ACK_SEND ? message : recorded,
	    &err) != 0)
		goto fail;
	goto out;
fail:
	log_warn("acknowledgement of ticket #%lld: %s (recorded ones are "
	    "sent by the next run)", ticket, err != NULL ? err : "failed");
out:
	ledger_unlock(l, &lk);
	g_free(err);
	g_free(msgid);
	g_free(message);
	g_free(recorded);
	ack_tpl_clear(&tpl);
}

struct ack_rec {
	const struct conf *c;
	struct ledger *l;
	char **err;
	int sent;
};

static int
ack_recover_one(long long ticket, const char *to, const char *message,
    void *arg)
{
	struct ack_rec *x = arg;
	struct ledger_lock *lk = ack_lock(x->l, ticket, x->err);
	char *err = NULL;
	int r;

	if (lk == NULL)
		return *x->err != NULL ? -1 : 0;
	/* Read before the lock was ours: another run may have sent it. */
	if ((r = ledger_ack_unsent(x->l, ticket, &err)) == 1 &&
	    ack_send(x->c, x->l, ticket, to, message, &err) == 0)
		x->sent++;
	else if (r != 0)	/* logged; the others still go */
		log_warn("acknowledgement of ticket #%lld: %s (tried again "
		    "by the next run)", ticket, err != NULL ? err : "failed");
	g_free(err);
	ledger_unlock(x->l, &lk);
	return 0;
}

int
ack_recover(const struct conf *c, struct ledger *l, time_t now, char **err)
{
	struct ack_rec x = { c, l, err, 0 };

	/* One whose lock is free was left by a run that died: the lock is
	 * taken before it is recorded and held until it is marked sent. */
	if (ledger_acks_unsent(l, now + 1, ack_recover_one, &x, err) != 0)
		return -1;
	return x.sent;
}

void
ack_bounced(struct ledger *l, const struct triage *t, time_t now)
{
	const char *id = t->msg != NULL ? msg_report_id(t->msg) : NULL;
	const char *status = msg_report_status(t->msg);
	char *to = NULL, *err = NULL;
	int r;

	/* A delay notice (4.x.x) is no bounce: the mail may still go. */
	if (t->auto_kind != AUTO_BOUNCE || id == NULL || status == NULL ||
	    status[0] != '5')
		return;
	if (ledger_begin(l, &err) != 0)
		goto fail;
	if ((r = ledger_undeliverable(l, id, status, now, &to, &err)) < 0 ||
	    ledger_commit(l, &err) != 0) {
		ledger_rollback(l);
		goto fail;
	}
	if (r == 1)
		log_info("%s bounced our mail <%s> (status %s): no more "
		    "acknowledgements go there", to, id, status != NULL ?
		    status : "?");
	g_free(to);
	return;
fail:
	log_warn("recording a bounce of <%s>: %s", id, err);
	g_free(to);
	g_free(err);
}
