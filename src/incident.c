/* Incidents (incident.h): significant words, matching, opening and
 * joining. */
#include <string.h>

#include <glib.h>

#include "alert.h"
#include "conf.h"
#include "incident.h"
#include "ledger-incident.h"
#include "ledger.h"
#include "log.h"
#include "match.h"
#include "msg.h"
#include "priority.h"
#include "triage.h"

#define INCIDENT_TERMS_MAX 40
#define INCIDENT_BASELINE (30 * 24 * 3600)	/* earlier mail looked at */
#define INCIDENT_BASELINE_MIN 50	/* tickets needed to judge a word */
#define INCIDENT_COMMON 0.03	/* in more of them: a common word */

/* Words that say nothing of what is broken: greetings, function words
 * and complaint words of the seven languages (words under five letters
 * are never terms). Words common in a site's earlier mail are left out
 * too (incident_significant). */
static const char *const incident_stop[] = {
	/* en */
	"about", "after", "again", "also", "anyone", "anything", "been",
	"before", "broken", "cannot", "could", "dear", "does", "doesn",
	"down", "error", "errors", "every", "fail", "failed", "failing",
	"fails", "from", "have", "hello", "help", "hours", "issue", "issues",
	"just", "know", "like", "minutes", "more", "morning", "need", "please",
	"problem", "problems", "regards", "right", "since", "some", "still",
	"team", "thank", "thanks", "that", "there", "these", "they", "this",
	"today", "trying", "unable", "urgent", "very", "want", "were", "what",
	"when", "which", "will", "with", "work", "working", "works", "would",
	"your", "support", "customer", "customers", "anymore", "keeps",
	"getting", "happening", "again", "appreciate", "asap", "hi",
	"assistance", "regarding", "question", "account", "please", "kind",
	"someone", "anyone", "phone", "need", "needed", "difficulty",
	"difficulties", "experiencing", "encountering", "despite", "recent",
	"resolve", "attempts", "restarting", "management", "update", "client",
	"clients", "users", "user", "data", "system", "software", "service",
	"services", "website", "page", "email", "emails", "information",
	"access", "security", "payment", "card", "order", "orders", "since",
	"hour", "days", "week", "would", "should", "other", "everything",
	"nothing", "something", "immediately", "asap", "important",
	"technical", "concern", "concerns", "enterprise", "required",
	"request", "requests", "report", "reported", "reporting",
	/* de */
	"aber", "auch", "habe", "ihnen", "melden", "wenn", "oder", "durch",
	"sich", "wurde", "werden", "schreibe", "ihre", "ihrer", "unser",
	"kundenservice", "unterstützung", "treten", "behält", "lieber",
	"verursacht", "sensible", "alle", "allen", "bitte", "dringend", "bitte", "danke", "dass", "diese", "dies", "eine",
	"einen", "einer", "fehler", "funktioniert", "geht", "grüße", "gruss",
	"haben", "hallo", "heute", "immer", "kann", "keine", "mehr", "nicht",
	"noch", "problem", "schon", "seit", "sind", "sehr", "unsere", "wird",
	"wieder", "freundlichen", "geehrte", "geehrter", "damen", "herren",
	/* fr */
	"alors", "avons", "elle", "modèle", "avant", "tous", "toutes", "être",
	"avec", "bonjour", "cette", "depuis", "dans", "erreur", "fonctionne",
	"merci", "nous", "pour", "plus", "problème", "sont", "toujours",
	"votre", "vous", "cordialement", "marche", "aujourd",
	/* es */
	"buenos", "días", "estamos", "favor", "ninguno", "ninguna", "urgente",
	"esta", "hace", "hija", "cuenta", "nombre", "teléfono", "carta",
	"ahora", "desde", "error", "está", "funciona", "gracias", "hola",
	"para", "pero", "problema", "saludos", "sigue", "todo", "nuestro",
	"nuestra",
	/* pt */
	"minha", "muito", "quando", "tarde", "tenho", "vocês", "tudo", "hoje",
	"ficou", "forte", "antes", "aparecer", "aparece", "clientes", "estão",
	"erro", "agora", "desde", "está", "funciona", "obrigado", "obrigada", "olá",
	"para", "problema", "ainda", "nosso", "nossa",
	/* it */
	"abbiamo", "anni", "stesso", "urgente", "ieri", "server", "ancora", "buongiorno", "grazie", "funziona", "nostro", "nostra",
	"problema", "questo", "sono", "saluti",
	/* nl */
	"maar", "mijn", "naar", "meer", "jullie", "alles", "paar", "kunnen",
	"dringend", "geeft", "wordt", "gegevens", "iemand", "telefoon", "minuut",
	"alweer", "bedankt", "deze", "doet", "goedemorgen", "groet", "hallo",
	"heeft", "niet", "onze", "probleem", "sinds", "werkt", "vandaag",
};

static GHashTable *
incident_stoplist(void)
{
	static gsize once;
	static GHashTable *h;

	if (g_once_init_enter(&once)) {
		h = g_hash_table_new(g_str_hash, g_str_equal);
		for (size_t i = 0; i < G_N_ELEMENTS(incident_stop); i++)
			g_hash_table_add(h, (gpointer)incident_stop[i]);
		g_once_init_leave(&once, 1);
	}
	return h;
}

/* The words of text, in order, that are new to seen (which owns them),
 * onto order, up to INCIDENT_TERMS_MAX. */
static void
incident_words(GHashTable *seen, GPtrArray *order, const char *text,
    size_t len)
{
	GHashTable *stop = incident_stoplist();
	const char *p = text, *end = text + len;

	while (p < end && *p != '\0' && order->len < INCIDENT_TERMS_MAX) {
		const char *w;
		glong n = 0;

		while (p < end && *p != '\0' &&
		    !g_unichar_isalnum(g_utf8_get_char_validated(p, end - p)))
			p = g_utf8_next_char(p);
		w = p;
		while (p < end && *p != '\0' &&
		    g_unichar_isalnum(g_utf8_get_char_validated(p, end - p))) {
			p = g_utf8_next_char(p);
			n++;
		}
		if (n >= 5 && n <= 30) {
			char *low = g_utf8_strdown(w, p - w);

			if (!g_hash_table_contains(stop, low) &&
			    strspn(low, "0123456789") < strlen(low) &&
			    !g_hash_table_contains(seen, low)) {
				g_hash_table_add(seen, low);
				g_ptr_array_add(order, low);
			} else
				g_free(low);
		}
	}
}

static gint
incident_cmp(gconstpointer a, gconstpointer b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

char *
incident_terms(const struct triage *t)
{
	GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal,
	    g_free, NULL);
	GPtrArray *v = g_ptr_array_new();
	GString *out = g_string_new(NULL);
	size_t len = 0;
	const char *s;
	guint subj;

	/* The subject's words, a "|", then the new text's other words. */
	if (t->msg != NULL &&
	    (s = msg_zone_text(t->msg, ZONE_SUBJECT, &len)) != NULL)
		incident_words(seen, v, s, len);
	subj = v->len;
	if (t->msg != NULL &&
	    (s = msg_zone_text(t->msg, ZONE_BODY, &len)) != NULL)
		incident_words(seen, v, s, MIN(len, 4000));
	qsort(v->pdata, subj, sizeof(gpointer), incident_cmp);
	qsort(v->pdata + subj, v->len - subj, sizeof(gpointer), incident_cmp);
	for (guint i = 0; i < v->len; i++)
		g_string_append_printf(out, "%s%s%s", i ? " " : "",
		    i == subj && i > 0 ? "| " : "",
		    (char *)g_ptr_array_index(v, i));
	g_ptr_array_unref(v);
	g_hash_table_destroy(seen);
	return g_string_free(out, FALSE);
}

unsigned
incident_shared(const char *a, const char *b)
{
	char **va, **vb;
	unsigned n = 0;

	if (a == NULL || b == NULL)
		return 0;
	va = g_strsplit(a, " ", -1);
	vb = g_strsplit(b, " ", -1);
	for (char **p = va; *p != NULL; p++)
		if (**p != '\0' && strcmp(*p, "none") != 0 &&
		    strcmp(*p, "|") != 0 &&
		    g_strv_contains((const char *const *)vb, *p))
			n++;
	g_strfreev(va);
	g_strfreev(vb);
	return n;
}

/* Is word among the subject's words of terms (before the "|")? */
static int
incident_in_subject(const char *terms, const char *word)
{
	char **v = g_strsplit(terms != NULL ? terms : "", " ", -1);
	int in = 0;

	for (char **p = v; *p != NULL && strcmp(*p, "|") != 0 && !in; p++)
		in = strcmp(*p, word) == 0;
	g_strfreev(v);
	return in;
}

/* Does the subject of terms name one of the words of what? */
static int
incident_subject_names(const char *terms, const char *what)
{
	char **v = g_strsplit(what != NULL ? what : "", " ", -1);
	int in = 0;

	for (char **p = v; *p != NULL && !in; p++)
		in = **p != '\0' && strcmp(*p, "|") != 0 &&
		    incident_in_subject(terms, *p);
	g_strfreev(v);
	return in;
}

/* Does a report with these words and rules match? A rule id and a word
 * in common, and enough shared words and rule ids together. */
static int
incident_matches(const struct conf *c, const char *terms, const char *rules,
    const char *oterms, const char *orules)
{
	unsigned w = incident_shared(terms, oterms);
	unsigned r = incident_shared(rules, orules);

	return w >= 1 && r >= 1 && w + r >= c->incident_shared;
}

/* The words of terms that every one of others has too: what the reports
 * have in common. Caller frees. */
static char *
incident_common(const char *terms, GPtrArray *others)
{
	char **v = g_strsplit(terms, " ", -1);
	GString *out = g_string_new(NULL);

	for (char **p = v; *p != NULL; p++) {
		int all = **p != '\0';

		for (guint i = 0; i < others->len && all; i++)
			all = incident_shared(*p, g_ptr_array_index(others, i)) >
			    0;
		if (all)
			g_string_append_printf(out, "%s%s", out->len ? " " : "",
			    *p);
	}
	g_strfreev(v);
	return g_string_free(out, FALSE);
}

/* Is word rare in this site's mail before the window (the last 30
 * days)? Too little history: trust the stoplist. 1, 0, or -1. */
static int
incident_significant(struct ledger *l, const char *word, time_t before,
    char **err)
{
	long long df = 0, n = 0;

	if (ledger_term_frequency(l, word, before - INCIDENT_BASELINE, before,
	    &df, &n, err) != 0)
		return -1;
	return n < INCIDENT_BASELINE_MIN || (double)df <=
	    INCIDENT_COMMON * (double)n;
}

int
incident_close(const struct conf *c, struct ledger *l, long long id,
    time_t now, char **err)
{
	struct ledger_incident *a = NULL;
	size_t n = 0;
	int closed = 0, r;

	if (ledger_incidents(l, &a, &n, err) != 0)
		return -1;
	for (size_t i = 0; i < n && closed >= 0; i++) {
		if (a[i].closed != 0 || (id != 0 && a[i].id != id) ||
		    (id == 0 && a[i].open_members > 0))
			continue;
		if (ledger_begin(l, err) != 0) {
			closed = -1;
			break;
		}
		if ((r = ledger_incident_close(l, a[i].id, now, err)) < 0 ||
		    (r == 1 && alert_incident_closed(c, l, a[i].id,
		    a[i].signal, a[i].title, a[i].members, a[i].first_report,
		    now, err) < 0)) {
			ledger_rollback(l);
			closed = -1;
			break;
		}
		if (ledger_commit(l, err) != 0) {
			ledger_rollback(l);
			closed = -1;
			break;
		}
		closed += r;
		if (r == 1)
			log_info("incident #%lld closed%s", a[i].id, id != 0 ?
			    "" : ": all its tickets are resolved");
	}
	ledger_incidents_free(a, n);
	return closed;
}

/* A ticket filed before the incident opened is raised too, in the
 * ledger: its level and due times (its file stays where it is until an
 * escalation moves it). */
static int
incident_raise_earlier(const struct conf *c, struct ledger *l, long long id,
    const struct ledger_incident *m, char **err)
{
	int lvl = m->level - c->incident_raise, tier;
	char *why;
	int rc;

	if (c->incident_raise <= 0 || m->level >= LEVEL_COUNT)
		return 0;
	if (lvl < LEVEL_CRITICAL)
		lvl = LEVEL_CRITICAL;
	if (lvl >= m->level)
		return 0;
	tier = conf_tier_parse(c, m->tier);
	why = g_strdup_printf("incident #%lld -> %s", id, mt_level_name(lvl));
	rc = ledger_incident_raise_ticket(l, m->id, lvl, why,
	    priority_due_for(c, tier, (enum mt_level)lvl, TARGET_RESPONSE,
	    m->first_report), priority_due_for(c, tier, (enum mt_level)lvl,
	    TARGET_RESOLVE, m->first_report), err);
	g_free(why);
	return rc;
}

int
incident_raise(const struct conf *c, struct ledger *l, struct triage *t,
    struct ledger_row *r, char **err)
{
	int lvl = (int)t->prio.level - c->incident_raise;
	size_t n;

	if (t->incident <= 0 || c->incident_raise <= 0 || t->unclassified)
		return 0;
	if (lvl < LEVEL_CRITICAL)
		lvl = LEVEL_CRITICAL;
	if (lvl >= (int)t->prio.level)
		return 0;
	n = strlen(t->prio.reasons);
	snprintf(t->prio.reasons + n, sizeof(t->prio.reasons) - n,
	    "; incident #%lld -> %s", t->incident, mt_level_name(lvl));
	t->prio.level = (enum mt_level)lvl;
	t->prio.due = priority_due_for(c, t->input.tier, t->prio.level,
	    TARGET_RESPONSE, t->input.first_arrival);
	t->prio.resolve_due = priority_due_for(c, t->input.tier,
	    t->prio.level, TARGET_RESOLVE, t->input.first_arrival);
	t->folder = c->level[lvl].folder;
	r->priority = t->prio.level;
	r->sla_due = t->prio.due;
	g_free(r->reasons);
	r->reasons = g_strdup(t->prio.reasons);
	return ledger_incident_raised(l, r->ticket, r->id, t->prio.level,
	    t->prio.reasons, r->folder, t->prio.due, t->prio.resolve_due, err);
}

long long
incident_file(const struct conf *c, struct ledger *l, struct triage *t,
    long long ticket, time_t now, int *opened, char **err)
{
	const char *sig = t->match.signals & (1u << SIG_OUTAGE) ? "outage" :
	    t->match.signals & (1u << SIG_SAFETY) ? "safety" : NULL;
	const char *from = t->msg != NULL ? msg_from_addr(t->msg) : NULL;
	struct ledger_incident *in = NULL, *cand = NULL;
	size_t nin = 0, ncand = 0;
	char *terms = NULL, *rules = NULL, *common = NULL;
	long long id = 0;

	*opened = 0;
	if (!c->incidents || t->agent || t->auto_kind != 0 || t->backfill ||
	    t->input.ticket != 0 || from == NULL)
		return 0;
	/* Every ticket's words: the baseline of what is common here. */
	terms = incident_terms(t);
	rules = match_rules_list(&t->match);
	if (ledger_ticket_set_terms(l, ticket, terms, err) != 0) {
		id = -1;
		goto out;
	}
	if (*terms == '\0' || sig == NULL)
		goto out;
	/* A later report of an open incident joins it. */
	if (ledger_incidents_open(l, sig, &in, &nin, err) != 0) {
		id = -1;
		goto out;
	}
	for (size_t i = 0; i < nin && id == 0; i++)
		if (incident_matches(c, terms, rules, in[i].terms,
		    in[i].rules) && incident_subject_names(terms, in[i].terms)) {
			if (ledger_incident_join(l, in[i].id, ticket, now,
			    err) != 0) {
				id = -1;
				goto out;
			}
			id = in[i].id;
		}
	if (id != 0)
		goto done;
	/* Else: enough recent reports from other customers open one. */
	if (ledger_incident_candidates(l, sig, now -
	    (time_t)c->incident_window * 60, ticket, &cand, &ncand, err) != 0) {
		id = -1;
		goto out;
	}
	/* The word of this report that the most other customers' matching
	 * reports also use: the incident is about it. */
	char **words = g_strsplit(terms, " ", -1);
	const char *best = NULL;
	guint nbest = 0;

	for (size_t i = 0; i < ncand; i++)
		if (cand[i].from_addr == NULL || g_ascii_strcasecmp(
		    cand[i].from_addr, from) == 0 || !incident_matches(c, terms,
		    rules, cand[i].terms, cand[i].rules))
			cand[i].id = 0;		/* not a member */
	/* What is broken is named in the subjects: a word of this one's
	 * that the others' subjects have too. */
	for (char **w = words; *w != NULL && strcmp(*w, "|") != 0; w++) {
		GHashTable *who = g_hash_table_new_full(g_str_hash,
		    g_str_equal, g_free, NULL);

		for (size_t i = 0; i < ncand; i++)
			if (cand[i].id != 0 && incident_in_subject(
			    cand[i].terms, *w))
				g_hash_table_add(who,
				    g_ascii_strdown(cand[i].from_addr, -1));
		if (g_hash_table_size(who) > nbest &&
		    g_hash_table_size(who) + 1 >= c->incident_reports) {
			int sig_w = incident_significant(l, *w, now -
			    (time_t)c->incident_window * 60, err);

			if (sig_w < 0) {
				g_hash_table_destroy(who);
				g_strfreev(words);
				id = -1;
				goto out;
			}
			if (sig_w) {
				nbest = g_hash_table_size(who);
				best = *w;
			}
		}
		g_hash_table_destroy(who);
	}
	/* This customer and enough others. */
	if (best != NULL && nbest + 1 >= c->incident_reports) {
		const char *subj = t->msg != NULL ? msg_zone_text(t->msg,
		    ZONE_SUBJECT, NULL) : NULL;
		GPtrArray *oterms = g_ptr_array_new();
		time_t first = now;

		for (size_t i = 0; i < ncand; i++) {
			if (cand[i].id == 0 || !incident_in_subject(
			    cand[i].terms, best)) {
				cand[i].id = 0;
				continue;
			}
			g_ptr_array_add(oterms, cand[i].terms);
			if (cand[i].first_report < first)
				first = cand[i].first_report;
		}
		common = incident_common(terms, oterms);
		g_ptr_array_free(oterms, TRUE);
		if (ledger_incident_create(l, sig, subj, common, rules, now,
		    first, &id, err) != 0)
			id = -1;
		for (size_t i = 0; id > 0 && i < ncand; i++)
			if (cand[i].id != 0 && (ledger_incident_join(l, id,
			    cand[i].id, cand[i].first_report, err) != 0 ||
			    incident_raise_earlier(c, l, id, &cand[i], err) != 0))
				id = -1;
		if (id > 0 && ledger_incident_join(l, id, ticket, now,
		    err) != 0)
			id = -1;
		if (id > 0) {
			*opened = 1;
			log_info("incident #%lld opened: %u customers report "
			    "the same %s (%s)", id, nbest + 1, sig, common);
		}
	}
	g_strfreev(words);
done:
	if (id > 0)
		t->incident = id;
out:
	ledger_incidents_free(in, nin);
	ledger_incidents_free(cand, ncand);
	g_free(terms);
	free(rules);
	g_free(common);
	return id;
}
