/* Automatic mail, told by its headers first (RFC 3834 Auto-Submitted,
 * RFC 3464 delivery reports, RFC 2369/2919 list headers, Precedence, the
 * vendors' autoreply headers) and, for autoresponders that set none, by
 * the subject prefixes they use in the seven languages of the filters.
 * What a person's mail can carry as well (a subject, some vendors'
 * headers) decides only with a second sign. */
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "auto.h"
#include "msg.h"

static const char *const auto_names[AUTO_COUNT] = {
	"", "bounce", "auto-reply", "list", "bulk", "own",
};

/* Subject prefixes of autoresponders (Exchange, Gmail, Dovecot's
 * vacation, ...), lower case, each followed by ':' in the subject. */
static const char *const auto_subjects[] = {
	"out of office", "automatic reply", "auto reply", "autoreply",
	"auto-reply", "away from the office", "vacation reply",
	"abwesenheitsnotiz", "automatische antwort", "abwesend",
	"réponse automatique", "reponse automatique", "absence du bureau",
	"respuesta automática", "respuesta automatica", "fuera de la oficina",
	"resposta automática", "resposta automatica", "ausência temporária",
	"fora do escritório", "risposta automatica", "fuori sede",
	"fuori ufficio", "automatisch antwoord", "afwezigheidsbericht",
	"afwezig",
};

const char *
auto_kind_name(enum auto_kind k)
{
	return k >= 0 && k < AUTO_COUNT ? auto_names[k] : "";
}

int
auto_kind_parse(const char *name)
{
	for (int k = 1; k < AUTO_COUNT; k++)
		if (g_ascii_strcasecmp(name, auto_names[k]) == 0)
			return k;
	return -1;
}

/* The header's value, trimmed and lower case, or NULL. Caller frees. */
static char *
auto_header(const struct msg *m, const char *name)
{
	const char *v = msg_header(m, name);

	return v != NULL ? g_strstrip(g_ascii_strdown(v, -1)) : NULL;
}

/* The local part of the sender, lower case, or NULL. Caller frees. */
static char *
auto_local_part(const struct msg *m)
{
	const char *a = msg_from_addr(m), *at;

	if (a == NULL || (at = strchr(a, '@')) == NULL)
		return a != NULL ? g_ascii_strdown(a, -1) : NULL;
	return g_ascii_strdown(a, at - a);
}

static int
auto_subject_is_reply(const struct msg *m)
{
	char *s = g_utf8_strdown(msg_zone_text(m, ZONE_SUBJECT, NULL), -1);
	const char *p = s;
	int hit = 0;

	while (*p == ' ' || *p == '[')
		p++;
	for (size_t i = 0; !hit && i < G_N_ELEMENTS(auto_subjects); i++) {
		size_t n = strlen(auto_subjects[i]);

		hit = strncmp(p, auto_subjects[i], n) == 0 &&
		    (p[n] == ':' || p[n] == ']' || p[n] == '\0' ||
		    (p[n] == ' ' && p[n + 1] == ':'));
	}
	g_free(s);
	return hit;
}

#define AUTO_WHY(...) ((void)snprintf(why, n, __VA_ARGS__))
#define WANT(k) (mask & (1u << (k)))

enum auto_kind
auto_detect(const struct msg *m, unsigned mask, const char *const *own_from,
    char *why, size_t n)
{
	enum auto_kind k = AUTO_NONE;
	char *ct = NULL, *as = NULL, *prec = NULL, *rp = NULL, *lp = NULL;
	const char *from = msg_from_addr(m);

	if (n > 0)
		why[0] = '\0';
	if (m == NULL)
		return AUTO_NONE;
	/* Ours: the notices and acknowledgements we send. */
	for (size_t i = 0; WANT(AUTO_OWN) && own_from != NULL &&
	    own_from[i] != NULL && from != NULL; i++)
		if (g_ascii_strcasecmp(from, own_from[i]) == 0) {
			k = AUTO_OWN;
			AUTO_WHY("From: %s is our own address", from);
			goto out;
		}
	if (WANT(AUTO_OWN) && (msg_header(m, "X-Triage-Escalation") != NULL ||
	    msg_header(m, "X-Triage-Ack") != NULL)) {
		k = AUTO_OWN;
		AUTO_WHY("our own %s", msg_header(m, "X-Triage-Ack") != NULL ?
		    "acknowledgement (X-Triage-Ack)" :
		    "notice (X-Triage-Escalation)");
		goto out;
	}
	ct = auto_header(m, "Content-Type");
	rp = auto_header(m, "Return-Path");
	lp = auto_local_part(m);
	/* RFC 3464/6522: a report; delivery-status is a bounce. */
	if (ct != NULL && strncmp(ct, "multipart/report", 16) == 0) {
		if (strstr(ct, "delivery-status") != NULL && WANT(AUTO_BOUNCE))
			k = AUTO_BOUNCE;
		else if (strstr(ct, "disposition-notification") != NULL &&
		    WANT(AUTO_REPLY))
			k = AUTO_REPLY;		/* a read receipt */
		else if (WANT(AUTO_BULK))
			k = AUTO_BULK;		/* feedback (abuse) reports */
		if (k != AUTO_NONE) {
			AUTO_WHY("Content-Type: multipart/report");
			goto out;
		}
	}
	if (WANT(AUTO_BOUNCE) && ((rp != NULL && strcmp(rp, "<>") == 0 &&
	    lp != NULL && (strcmp(lp, "mailer-daemon") == 0 ||
	    strcmp(lp, "postmaster") == 0)) || (lp != NULL &&
	    strcmp(lp, "mailer-daemon") == 0))) {
		k = AUTO_BOUNCE;
		AUTO_WHY("from %s", from);
		goto out;
	}
	/* RFC 3834: anything but "no" is automatic. */
	as = auto_header(m, "Auto-Submitted");
	if (as != NULL && strncmp(as, "no", 2) != 0) {
		k = strncmp(as, "auto-replied", 12) == 0 ? AUTO_REPLY :
		    AUTO_BULK;
		if (WANT(k)) {
			AUTO_WHY("Auto-Submitted: %s", as);
			goto out;
		}
		k = AUTO_NONE;
	}
	if (WANT(AUTO_REPLY)) {
		static const char *const hdrs[] = { "X-Autoreply",
		    "X-Autorespond" };

		for (size_t i = 0; i < G_N_ELEMENTS(hdrs); i++)
			if (msg_header(m, hdrs[i]) != NULL) {
				k = AUTO_REPLY;
				AUTO_WHY("%s header", hdrs[i]);
				goto out;
			}
	}
	/* A null Return-Path (RFC 5321 4.5.5) is for delivery reports and
	 * RFC 3834 responders only: what the signs above did not tell
	 * apart is a report. */
	if (WANT(AUTO_BOUNCE) && rp != NULL && strcmp(rp, "<>") == 0) {
		k = AUTO_BOUNCE;
		AUTO_WHY("a null Return-Path");
		goto out;
	}
	/* A list's own header is more telling than the Precedence: bulk
	 * that Mailman adds as well. */
	if (WANT(AUTO_LIST) && (msg_header(m, "List-Id") != NULL ||
	    msg_header(m, "List-Post") != NULL)) {
		k = AUTO_LIST;
		AUTO_WHY("%s header", msg_header(m, "List-Id") != NULL ?
		    "List-Id" : "List-Post");
		goto out;
	}
	prec = auto_header(m, "Precedence");
	if (prec != NULL) {
		k = strcmp(prec, "auto_reply") == 0 ? AUTO_REPLY :
		    strcmp(prec, "list") == 0 ? AUTO_LIST :
		    strcmp(prec, "bulk") == 0 || strcmp(prec, "junk") == 0 ?
		    AUTO_BULK : AUTO_NONE;
		if (k != AUTO_NONE && WANT(k)) {
			AUTO_WHY("Precedence: %s", prec);
			goto out;
		}
		k = AUTO_NONE;
	}
	if (WANT(AUTO_BULK) && msg_header(m, "List-Unsubscribe") != NULL) {
		k = AUTO_BULK;
		AUTO_WHY("List-Unsubscribe header");
		goto out;
	}
	/* Weaker signs, each of which a person's mail can carry too (a
	 * customer's subject "Auto-reply: stopped working", a ticketing
	 * system's X-Auto-Response-Suppress, an inbox rule's forward): two
	 * of them, or one in a reply to some mail, as autoresponders
	 * answer. */
	if (WANT(AUTO_REPLY)) {
		const char *weak[3];
		int nweak = 0, reply = msg_in_reply_to(m) != NULL ||
		    msg_header(m, "References") != NULL;

		if (msg_header(m, "X-Auto-Response-Suppress") != NULL)
			weak[nweak++] = "X-Auto-Response-Suppress";
		if (msg_header(m, "X-MS-Exchange-Inbox-Rules-Loop") != NULL)
			weak[nweak++] = "X-MS-Exchange-Inbox-Rules-Loop";
		if (auto_subject_is_reply(m))
			weak[nweak++] = "an autoresponder's subject";
		if (nweak >= 2 || (nweak == 1 && reply)) {
			k = AUTO_REPLY;
			AUTO_WHY("%s%s%s", weak[0], nweak >= 2 ? " and " :
			    " in a reply", nweak >= 2 ? weak[1] : "");
			goto out;
		}
	}
out:
	g_free(ct);
	g_free(as);
	g_free(prec);
	g_free(rp);
	g_free(lp);
	return k;
}
