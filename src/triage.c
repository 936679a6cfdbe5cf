/* The classification pipeline: parse, detect, prioritise, pick a folder.
 * deliver, filter and later scan/poll/explain all go through here. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "ack.h"
#include "auto.h"
#include "conf.h"
#include "filter.h"
#include "lang.h"
#include "ledger.h"
#include "log.h"
#include "msg.h"
#include "mt.h"
#include "tag.h"
#include "tier.h"
#include "triage.h"

/* Offset of the body: after the first empty line of the header block.
 * A message with no empty line is all header (body empty). */
static size_t
triage_body_offset(const char *raw, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (raw[i] != '\n')
			continue;
		if (i + 1 < len && raw[i + 1] == '\n')
			return i + 2;
		if (i + 2 < len && raw[i + 1] == '\r' && raw[i + 2] == '\n')
			return i + 3;
	}
	return len;
}

static void
triage_hash(const char *raw, size_t len, int have_mid, char out[65])
{
	static const char *const stable[] = { "From", "To", "Cc", "Date",
	    "Subject" };
	size_t off = triage_body_offset(raw, len);
	GChecksum *ck = g_checksum_new(G_CHECKSUM_SHA256);

	/* The ledger knows a redelivery by Message-ID and this hash. Without
	 * a Message-ID the body alone would make two different mails with
	 * the same text one, and the second would never be filed: the
	 * fields an MTA retry leaves alone tell them apart. */
	for (size_t i = 0; !have_mid && i < G_N_ELEMENTS(stable); i++) {
		char *v = tag_get(raw, off, stable[i]);
		g_checksum_update(ck, (const guchar *)stable[i], -1);
		g_checksum_update(ck, (const guchar *)(v ? v : ""), -1);
		g_checksum_update(ck, (const guchar *)"\n", 1);
		g_free(v);
	}
	g_checksum_update(ck, (const guchar *)raw + off, (gssize)(len - off));
	g_strlcpy(out, g_checksum_get_string(ck), 65);
	g_checksum_free(ck);
}

/* Appends to *err, "; "-separated. */
static void
triage_add_error(char **err, const char *what, const char *detail)
{
	char *s = g_strdup_printf("%s%s%s: %s", *err ? *err : "",
	    *err ? "; " : "", what, detail);

	g_free(*err);
	*err = s;
}

char *
triage_subject_key(const char *subject, int *is_reply)
{
	static const char *const prefixes[] = { "re", "aw", "antw", "fwd",
	    "fw", "wg", "sv", "vs", "tr", "rif", "r" };
	const char *p = subject != NULL ? subject : "";
	GString *k = g_string_new(NULL);
	int again = 1;

	*is_reply = 0;
	while (again) {
		again = 0;
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '[') {	/* "[EXT]", "[Ticket #12]" tags */
			const char *e = strchr(p, ']');
			if (e != NULL && e - p < 32) {
				p = e + 1;
				again = 1;
				continue;
			}
		}
		for (size_t i = 0; i < G_N_ELEMENTS(prefixes); i++) {
			size_t n = strlen(prefixes[i]);
			const char *q = p + n;
			if (g_ascii_strncasecmp(p, prefixes[i], n) != 0)
				continue;
			if (*q == '[' || *q == '(') {	/* "Re[2]:" */
				while (*q != '\0' && *q != ']' && *q != ')')
					q++;
				if (*q != '\0')
					q++;
			}
			if (*q == ':' || (q[0] == '\xef' && q[1] == '\xbc' &&
			    q[2] == '\x9a')) {		/* full-width colon */
				p = q + (*q == ':' ? 1 : 3);
				*is_reply = again = 1;
				break;
			}
		}
	}
	for (int sp = 0; *p != '\0'; p++) {
		if (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n') {
			sp = 1;
			continue;
		}
		if (sp && k->len > 0)
			g_string_append_c(k, ' ');
		sp = 0;
		g_string_append_c(k, *p);
	}
	char *low = g_utf8_strdown(k->str, -1);
	g_string_free(k, TRUE);
	return low;
}

/* Shouting: the share of capitals among the letters of subject and body,
 * once there are enough letters to judge. */
static int
triage_shouting(const struct conf *c, const struct msg *m)
{
	unsigned long letters = 0, upper = 0;

	for (int z = 0; z < 2; z++) {
		const char *p = msg_zone_text(m, z == 0 ? ZONE_SUBJECT :
		    ZONE_BODY, NULL);
		for (; *p != '\0'; p = g_utf8_next_char(p)) {
			gunichar ch = g_utf8_get_char(p);
			if (!g_unichar_isalpha(ch))
				continue;
			letters++;
			upper += g_unichar_isupper(ch) != 0;
		}
	}
	return letters >= c->mod.shout_min_letters &&
	    (double)upper >= c->mod.shout_ratio * (double)letters;
}

/* The longest run of '!' in subject and body. */
static unsigned long
triage_bangs(const struct msg *m)
{
	unsigned long best = 0, run = 0;

	for (int z = 0; z < 2; z++) {
		const char *p = msg_zone_text(m, z == 0 ? ZONE_SUBJECT :
		    ZONE_BODY, NULL);
		for (run = 0; *p != '\0'; p++) {
			run = *p == '!' ? run + 1 : 0;
			best = MAX(best, run);
		}
	}
	return best;
}

/* The short id of the first rule with a positive weight that matched in
 * context class cls when it fired ("production"), or NULL. */
static const char *
triage_first_hit(const struct triage *t, int cls)
{
	if (cls < 0 || !t->match.fired[cls])
		return NULL;
	for (size_t i = 0; i < t->match.nhits; i++)
		if ((int)t->match.hits[i].cls == cls &&
		    t->match.hits[i].weight > 0) {
			const char *id = t->match.hits[i].rule_id;
			const char *slash = strchr(id, '/');
			return slash ? slash + 1 : id;
		}
	return NULL;
}

/* The context the priority policy weighs, from the matches and the
 * message: impact, frustration, tier. */
static void
triage_context(const struct triage_ctx *ctx, struct triage *t)
{
	const struct conf *c = ctx->conf;
	int imp = filter_class_find(ctx->filters, "impact");
	int fru = filter_class_find(ctx->filters, "frustration");
	int how = filter_class_find(ctx->filters, "howto");
	const char *hv;
	char *v, *raw;
	int ht;

	t->input.impact = triage_first_hit(t, imp);
	t->input.urgency = triage_first_hit(t, filter_class_find(ctx->filters,
	    "urgency"));
	t->input.relief = triage_first_hit(t, filter_class_find(ctx->filters,
	    "relief"));
	t->input.usable = triage_first_hit(t, filter_class_find(ctx->filters,
	    "usable"));
	t->input.howto = how >= 0 && t->match.fired[how];
	if (fru >= 0 && t->match.fired[fru])
		g_strlcpy(t->frustration, "words", sizeof(t->frustration));
	if (t->msg != NULL && triage_shouting(c, t->msg))
		g_strlcat(t->frustration, *t->frustration ? "+shouting" :
		    "shouting", sizeof(t->frustration));
	if (t->msg != NULL && triage_bangs(t->msg) >= c->mod.bang_run)
		g_strlcat(t->frustration, *t->frustration ? "+!!!" : "!!!",
		    sizeof(t->frustration));
	if (*t->frustration)
		t->input.frustration = t->frustration;
	if (t->msg == NULL)
		return;
	t->input.tier = tier_lookup(ctx->tiers, msg_from_addr(t->msg));
	if (t->input.tier != TIER_NONE)
		t->input.tier_source = "list";
	/* The tier header is believed only when the config says every path
	 * into the mailbox sets or strips it. */
	hv = c->tier_header != NULL ? msg_header(t->msg, c->tier_header) :
	    NULL;
	if (hv == NULL)
		return;
	raw = g_strstrip(g_strdup(hv));
	v = g_ascii_strdown(raw, -1);
	g_free(raw);
	if ((ht = conf_tier_parse(c, v)) == 0)
		log_debug("%s: unknown tier \"%s\"", c->tier_header, v);
	else if (!c->trust_tier_header)
		log_debug("ignoring untrusted %s: %s", c->tier_header, v);
	else if (t->input.tier == TIER_NONE ||
	    c->tiers[ht].rank > c->tiers[t->input.tier].rank) {
		t->input.tier = ht;
		t->input.tier_source = "header";
	}
	g_free(v);
}

void
triage_redecide(const struct conf *c, struct triage *t)
{
	if (t->auto_kind != AUTO_NONE) {
		/* No ticket, no SLA clock, no one paged. */
		memset(&t->prio, 0, sizeof(t->prio));
		t->prio.level = LEVEL_LOW;
		snprintf(t->prio.reasons, sizeof(t->prio.reasons),
		    "automatic mail (%s: %s): no ticket",
		    auto_kind_name(t->auto_kind), t->auto_why);
		t->folder = c->auto_folder;
		return;
	}
	priority_decide(c, &t->input, &t->prio);
	t->tier_name = t->input.tier != TIER_NONE ? conf_tier_name(c,
	    t->input.tier) : NULL;
	t->folder = t->unclassified ? c->error_folder : t->agent ?
	    c->agent_folder : c->level[t->prio.level].folder;
}

int
triage_classify(const struct triage_ctx *ctx, const char *raw, size_t len,
    time_t arrived, struct triage *out)
{
	const struct conf *c = ctx->conf;

	memset(out, 0, sizeof(*out));
	if (len > c->max_parse_size) {
		char *d = g_strdup_printf("%zu bytes, over max_parse_size %zu",
		    len, c->max_parse_size);
		triage_add_error(&out->error, "too large to classify", d);
		out->unclassified = 1;
		g_free(d);
	} else {
		unsigned mflags = 0;

		out->msg = msg_parse(raw, len);
		if (msg_error(out->msg) != NULL) {
			triage_add_error(&out->error, "unparsable message",
			    msg_error(out->msg));
			out->unclassified = 1;
		}
		out->subject_key = triage_subject_key(msg_zone_text(out->msg,
		    ZONE_SUBJECT, NULL), &out->is_reply);
		out->tagged = ack_tag_find(c->ack_tag, msg_zone_text(out->msg,
		    ZONE_SUBJECT, NULL));
		if (!out->unclassified) {
			/* Our acknowledgements are told by X-Triage-Ack:
			 * agents may write from the support address. */
			const char *own[] = { c->notify_from, NULL };

			out->auto_kind = auto_detect(out->msg, c->auto_kinds,
			    own, out->auto_why, sizeof(out->auto_why));
		}
		/* A reply's subject is the thread's, not new words. */
		if (out->is_reply || msg_in_reply_to(out->msg) != NULL)
			mflags |= MATCH_SUBJECT_INHERITED;
		/* Automatic mail is no one's request: nothing to detect. */
		if (out->auto_kind == AUTO_NONE && match_run(ctx->filters,
		    out->msg, ctx->scratch, mflags, &out->match) != 0)
			return -1;
		if (out->match.error != NULL)
			triage_add_error(&out->error, "filter error",
			    out->match.error);
	}
	/* After parsing: the Message-ID the ledger keys on is msg's. */
	triage_hash(raw, len, out->msg != NULL &&
	    msg_message_id(out->msg) != NULL, out->body_hash);
	out->input.signals = out->match.signals;
	out->input.first_arrival = arrived;
	out->input.arrived = arrived;
	out->input.contacts = 1;
	if (out->msg != NULL && out->auto_kind == AUTO_NONE) {
		out->agent = conf_is_agent(c, msg_from_addr(out->msg));
		triage_context(ctx, out);
	}
	triage_redecide(c, out);
	return 0;
}

void
triage_clear(struct triage *t)
{
	msg_free(&t->msg);
	match_result_clear(&t->match);
	g_free(t->error);
	g_free(t->subject_key);
	memset(t, 0, sizeof(*t));
}

/* Header values must be printable ASCII: anything else becomes '?'. */
static char *
triage_ascii(const char *s, size_t max)
{
	char *r = g_strndup(s, max);

	for (char *p = r; *p != '\0'; p++)
		if ((unsigned char)*p < 0x20 || (unsigned char)*p > 0x7e)
			*p = '?';
	return r;
}

char *
triage_tag(const struct triage *t, long long ticket, const char *raw,
    size_t len, size_t *outlen)
{
	struct tag_field f[12];
	char sig[64], due[48], tid[32], inc[32], *rules, *err = NULL, *out;
	const char *cat = "none";
	size_t n = 0;

	mt_signals_format(t->match.signals, sig, sizeof(sig));
	for (int s = 0; s < SIG_COUNT; s++)
		if (t->match.signals & (1u << s)) {
			cat = mt_signal_name(s);
			break;
		}
	rules = match_rules_list(&t->match);
	priority_format_date(t->prio.due, due, sizeof(due));
	f[n++] = (struct tag_field){ "X-Triage-Priority",
	    mt_level_name(t->prio.level) };
	f[n++] = (struct tag_field){ "X-Triage-Signals", sig };
	f[n++] = (struct tag_field){ "X-Triage-Category", cat };
	f[n++] = (struct tag_field){ "X-Triage-Rules",
	    rules != NULL && *rules != '\0' ? rules : "none" };
	f[n++] = (struct tag_field){ "X-Triage-Reasons", t->prio.reasons };
	if (t->prio.due != 0)
		f[n++] = (struct tag_field){ "X-Triage-SLA-Due", due };
	if (t->auto_kind != AUTO_NONE)
		f[n++] = (struct tag_field){ "X-Triage-Auto",
		    auto_kind_name(t->auto_kind) };
	if (t->match.lang >= 0)
		f[n++] = (struct tag_field){ "X-Triage-Language",
		    lang_name(t->match.lang) };
	if (ticket > 0) {
		snprintf(tid, sizeof(tid), "%lld", ticket);
		f[n++] = (struct tag_field){ "X-Triage-Ticket", tid };
	}
	if (t->incident > 0) {
		snprintf(inc, sizeof(inc), "%lld", t->incident);
		f[n++] = (struct tag_field){ "X-Triage-Incident", inc };
	}
	if (t->error != NULL) {
		err = triage_ascii(t->error, 400);
		f[n++] = (struct tag_field){ "X-Triage-Error", err };
	}
	out = tag_apply(raw, len, f, n, outlen);
	free(rules);
	g_free(err);
	return out;
}

int
triage_history(const struct conf *c, struct ledger *l, struct triage *t,
    time_t arrived, long long before, char **err)
{
	const char *from = t->msg ? msg_from_addr(t->msg) : NULL;
	const char *const *refs = NULL;
	const char **ids;
	struct ledger_ticket tk;
	long long n = 0;
	size_t nrefs = 0, nids = 0;
	int r;

	if (t->msg == NULL)
		return 0;
	refs = msg_references(t->msg, &nrefs);
	ids = g_new0(const char *, nrefs + 2);
	ids[nids++] = msg_in_reply_to(t->msg);
	for (size_t i = nrefs; i > 0; i--)	/* newest reference first */
		ids[nids++] = refs[i - 1];
	/* An agent's reply is matched by its references only: its subject
	 * and sender are the team's, not the customer's. */
	/* Automatic mail joins a thread by its references only: its
	 * sender and subject are a robot's. */
	r = ledger_find_thread(l, ids, nids, t->tagged, from,
	    t->is_reply && !t->agent &&
	    t->auto_kind == AUTO_NONE ? t->subject_key : NULL,
	    arrived - (time_t)(c->mod.thread_window_hours * 3600), before, &tk,
	    err);
	g_free(ids);
	if (r < 0)
		return -1;
	/* A message already recorded (explain) counts only what came
	 * before it; a new one everything there is. */
	if (!t->agent && t->auto_kind == AUTO_NONE &&
	    ledger_count_from(l, from, arrived -
	    (time_t)(c->mod.repeat_window_hours * 3600), before, &n,
	    err) != 0)
		return -1;
	t->input.contacts = n + 1;
	if (r == 1) {
		int lvl = tk.priority;
		t->input.ticket = tk.id;
		char **v = g_strsplit(tk.signals, ",", -1);

		t->ticket_signals = 0;
		for (char **p = v; *p != NULL; p++) {
			int sg = mt_signal_parse(*p);

			if (sg >= 0)
				t->ticket_signals |= 1u << sg;
		}
		g_strfreev(v);
		t->input.ticket_level = lvl >= 0 ? (enum mt_level)lvl :
		    LEVEL_LOW;
		t->input.first_arrival = tk.created;
		t->input.contacts = MAX(t->input.contacts, tk.messages + 1);
	}
	triage_redecide(c, t);
	return 0;
}
