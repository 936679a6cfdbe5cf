/* Why a message was classified as it was, as text for people and as JSON
 * for tools. Reads a finished struct triage; classifies nothing itself. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "auto.h"
#include "explain.h"
#include "json.h"
#include "filter.h"
#include "lang.h"
#include "msg.h"
#include "mt.h"
#include "triage.h"

/* Zones whose sizes are shown, in this order. */
static const enum msg_zone explain_zones[] = {
	ZONE_SUBJECT, ZONE_BODY, ZONE_QUOTED, ZONE_SIGNATURE, ZONE_EARLIER
};
#define EXPLAIN_NZONES (sizeof(explain_zones) / sizeof(explain_zones[0]))

/* One line of terminal text: control characters become spaces, so a
 * crafted subject cannot move the cursor or fake a line. Caller frees. */
static char *
explain_line(const char *s)
{
	char *r;

	if (s == NULL)
		return g_strdup("");
	r = g_utf8_validate(s, -1, NULL) ? g_strdup(s) : g_utf8_make_valid(s,
	    -1);
	for (char *p = r; *p != '\0'; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			*p = ' ';
	return r;
}

static const char *
explain_folder(const struct triage *t)
{
	return t->folder == NULL || *t->folder == '\0' ? "INBOX" : t->folder;
}

static const char *
explain_class_name(const struct filter_set *fs, size_t c)
{
	return fs != NULL && c < filter_set_nclasses(fs) ?
	    filter_class_name(fs, c) : "?";
}

static double
explain_threshold(const struct filter_set *fs, size_t c)
{
	return fs != NULL && c < filter_set_nclasses(fs) ?
	    filter_class_threshold(fs, c) : 0;
}

void
explain_print(FILE *fp, const char *name, const struct triage *t,
    const struct filter_set *fs)
{
	const struct match_result *r = &t->match;
	char sig[64], due[48], *s;
	size_t len;

	s = explain_line(name);
	fprintf(fp, "== %s\n", s);
	g_free(s);
	if (t->msg != NULL) {
		s = explain_line(msg_zone_text(t->msg, ZONE_FROM, NULL));
		fprintf(fp, "From:        %s\n", s);
		g_free(s);
		s = explain_line(msg_zone_text(t->msg, ZONE_SUBJECT, NULL));
		fprintf(fp, "Subject:     %s\n", s);
		g_free(s);
		s = explain_line(msg_message_id(t->msg));
		fprintf(fp, "Message-ID:  %s\n", *s ? s : "(none)");
		g_free(s);
		fprintf(fp, "Zones:      ");
		for (size_t i = 0; i < EXPLAIN_NZONES; i++) {
			msg_zone_text(t->msg, explain_zones[i], &len);
			fprintf(fp, "%s %s %zu%s", i > 0 ? "," : "",
			    msg_zone_name(explain_zones[i]), len,
			    i == 0 ? " bytes" : "");
		}
		fprintf(fp, "\n");
		fprintf(fp, "Language:    %s\n", t->match.lang >= 0 ?
		    lang_name(t->match.lang) : "not sure (rules of every "
		    "language run)");
		if (t->match.subject_inherited)
			fprintf(fp, "Subject:     a reply's: its words count "
			    "only for a class the new text supports\n");
		msg_zone_text(t->msg, ZONE_EARLIER, &len);
		if (len > 0)
			fprintf(fp, "Earlier:     the sender's own quoted words "
			    "count only for a class whose new text says its "
			    "matter persists\n");
	} else
		fprintf(fp, "Not parsed:  the filters did not run\n");
	if (t->error != NULL) {
		s = explain_line(t->error);
		fprintf(fp, "Error:       %s\n", s);
		g_free(s);
	}

	for (size_t c = 0; c < r->nclass; c++) {
		const char *cn = explain_class_name(fs, c);

		if (c == 0)
			fprintf(fp, "Classes:\n");
		fprintf(fp, "  %-12s score %g / threshold %g  %s%s\n", cn,
		    r->score[c], explain_threshold(fs, c),
		    r->fired[c] ? "FIRED" : "-",
		    mt_signal_parse(cn) < 0 ? " (context class)" : "");
		if (c < 32 && (r->yielded & (1u << c)))
			fprintf(fp, "    yielded to its rival %s (score %g): "
			    "the two do not fire together\n",
			    explain_class_name(fs, (size_t)r->yield_to[c]),
			    r->score[r->yield_to[c]]);
		for (size_t i = 0; i < r->nhits; i++) {
			const struct match_hit *h = &r->hits[i];
			char *desc, *text, *ctx;

			if (h->cls != c)
				continue;
			desc = explain_line(h->desc);
			text = explain_line(h->text);
			ctx = explain_line(h->context);
			fprintf(fp, "    %+g  %s  [%s]  %s\n", h->weight,
			    h->rule_id, h->zone, desc);
			fprintf(fp, "        matched \"%s\" in \"%s\"\n", text,
			    ctx);
			if (h->concepts != NULL)
				fprintf(fp, "        concepts: %s\n",
				    h->concepts);
			g_free(desc);
			g_free(text);
			g_free(ctx);
		}
		for (size_t i = 0; i < r->ncancels; i++) {
			const struct match_cancel *x = &r->cancels[i];
			char *text, *cue;

			if (filter_class_find(fs, cn) < 0 ||
			    strncmp(x->rule_id, cn, strlen(cn)) != 0 ||
			    x->rule_id[strlen(cn)] != '/')
				continue;
			text = explain_line(x->text);
			cue = explain_line(x->cue);
			fprintf(fp, "    cancelled  %s  [%s]  \"%s\": %s "
			    "\"%s\"\n", x->rule_id, x->zone, text, x->scope,
			    cue);
			g_free(text);
			g_free(cue);
		}
		if (c < 32 && (r->subject_dropped & (1u << c)))
			fprintf(fp, "    not counted: words of the inherited "
			    "subject (nothing in the new text)\n");
	}
	s = explain_line(r->error);
	fprintf(fp, "Rule errors: %s\n", r->error != NULL ? s : "none");
	g_free(s);
	if (t->auto_kind != AUTO_NONE)
		fprintf(fp, "Automatic:   %s (%s): no ticket, no SLA, rules "
		    "not run\n", auto_kind_name(t->auto_kind), t->auto_why);
	fprintf(fp, "Signals:     %s\n", mt_signals_format(r->signals, sig,
	    sizeof(sig)));
	fprintf(fp, "Priority:    %s (%s)\n", mt_level_name(t->prio.level),
	    t->prio.reasons);
	fprintf(fp, "SLA due:     %s\n", t->prio.due != 0 ?
	    priority_format_date(t->prio.due, due, sizeof(due)) : "none");
	fprintf(fp, "Folder:      %s%s\n", explain_folder(t),
	    t->unclassified ? " (error folder)" : "");
}



/* "\n" plus the indent of nesting level n. */
static void
explain_nl(GString *out, int indent, int n)
{
	g_string_append_c(out, '\n');
	for (int i = 0; i < indent + 2 * n; i++)
		g_string_append_c(out, ' ');
}

/* ,"key": at nesting level n (first: no comma). */
static void
explain_key(GString *out, int indent, int n, int first, const char *key)
{
	if (!first)
		g_string_append_c(out, ',');
	explain_nl(out, indent, n);
	json_append(out, key);
	g_string_append(out, ": ");
}

static void
explain_str(GString *out, int indent, int n, int first, const char *key,
    const char *val)
{
	explain_key(out, indent, n, first, key);
	json_append(out, val);
}

static void
explain_json_hits(GString *out, const struct triage *t,
    const struct filter_set *fs, int indent)
{
	const struct match_result *r = &t->match;

	explain_key(out, indent, 1, 0, "matches");
	g_string_append_c(out, '[');
	for (size_t i = 0; i < r->nhits; i++) {
		const struct match_hit *h = &r->hits[i];

		if (i > 0)
			g_string_append_c(out, ',');
		explain_nl(out, indent, 2);
		g_string_append_c(out, '{');
		explain_str(out, indent, 3, 1, "id", h->rule_id);
		explain_str(out, indent, 3, 0, "class",
		    explain_class_name(fs, h->cls));
		explain_str(out, indent, 3, 0, "zone", h->zone);
		explain_key(out, indent, 3, 0, "weight");
		g_string_append_printf(out, "%g", h->weight);
		explain_str(out, indent, 3, 0, "desc", h->desc);
		explain_str(out, indent, 3, 0, "text", h->text);
		explain_str(out, indent, 3, 0, "context", h->context);
		explain_str(out, indent, 3, 0, "concepts", h->concepts);
		explain_nl(out, indent, 2);
		g_string_append_c(out, '}');
	}
	if (r->nhits > 0)
		explain_nl(out, indent, 1);
	g_string_append_c(out, ']');
	explain_key(out, indent, 1, 0, "cancelled");
	g_string_append_c(out, '[');
	for (size_t i = 0; i < r->ncancels; i++) {
		const struct match_cancel *x = &r->cancels[i];

		if (i > 0)
			g_string_append_c(out, ',');
		explain_nl(out, indent, 2);
		g_string_append_c(out, '{');
		explain_str(out, indent, 3, 1, "id", x->rule_id);
		explain_str(out, indent, 3, 0, "zone", x->zone);
		explain_str(out, indent, 3, 0, "text", x->text);
		explain_str(out, indent, 3, 0, "scope", x->scope);
		explain_str(out, indent, 3, 0, "cue", x->cue);
		explain_nl(out, indent, 2);
		g_string_append_c(out, '}');
	}
	if (r->ncancels > 0)
		explain_nl(out, indent, 1);
	g_string_append_c(out, ']');
}

char *
explain_json(const char *name, const struct triage *t,
    const struct filter_set *fs, int indent)
{
	const struct match_result *r = &t->match;
	GString *out = g_string_new("{");
	char due[48];
	size_t len, n;

	explain_str(out, indent, 1, 1, "file", name);
	explain_str(out, indent, 1, 0, "from", t->msg != NULL ?
	    msg_zone_text(t->msg, ZONE_FROM, NULL) : NULL);
	explain_str(out, indent, 1, 0, "subject", t->msg != NULL ?
	    msg_zone_text(t->msg, ZONE_SUBJECT, NULL) : NULL);
	explain_str(out, indent, 1, 0, "message_id", t->msg != NULL ?
	    msg_message_id(t->msg) : NULL);
	explain_str(out, indent, 1, 0, "language", r->lang >= 0 ?
	    lang_name(r->lang) : NULL);
	explain_key(out, indent, 1, 0, "subject_inherited");
	g_string_append(out, r->subject_inherited ? "true" : "false");

	explain_key(out, indent, 1, 0, "zones");
	if (t->msg != NULL) {
		g_string_append_c(out, '{');
		for (size_t i = 0; i < EXPLAIN_NZONES; i++) {
			msg_zone_text(t->msg, explain_zones[i], &len);
			explain_key(out, indent, 2, i == 0,
			    msg_zone_name(explain_zones[i]));
			g_string_append_printf(out, "%zu", len);
		}
		explain_nl(out, indent, 1);
		g_string_append_c(out, '}');
	} else
		g_string_append(out, "null");

	explain_key(out, indent, 1, 0, "classes");
	g_string_append_c(out, '[');
	for (size_t c = 0; c < r->nclass; c++) {
		const char *cn = explain_class_name(fs, c);

		if (c > 0)
			g_string_append_c(out, ',');
		explain_nl(out, indent, 2);
		g_string_append_c(out, '{');
		explain_str(out, indent, 3, 1, "name", cn);
		explain_str(out, indent, 3, 0, "kind",
		    mt_signal_parse(cn) >= 0 ? "signal" : "context");
		explain_key(out, indent, 3, 0, "score");
		g_string_append_printf(out, "%g", r->score[c]);
		explain_key(out, indent, 3, 0, "threshold");
		g_string_append_printf(out, "%g", explain_threshold(fs, c));
		explain_key(out, indent, 3, 0, "fired");
		g_string_append(out, r->fired[c] ? "true" : "false");
		if (c < 32 && (r->yielded & (1u << c)))
			explain_str(out, indent, 3, 0, "yielded_to",
			    explain_class_name(fs, (size_t)r->yield_to[c]));
		explain_nl(out, indent, 2);
		g_string_append_c(out, '}');
	}
	if (r->nclass > 0)
		explain_nl(out, indent, 1);
	g_string_append_c(out, ']');

	explain_json_hits(out, t, fs, indent);
	explain_str(out, indent, 1, 0, "rule_errors", r->error);
	explain_str(out, indent, 1, 0, "error", t->error);
	explain_str(out, indent, 1, 0, "auto", t->auto_kind != AUTO_NONE ?
	    auto_kind_name(t->auto_kind) : NULL);
	explain_str(out, indent, 1, 0, "auto_why", t->auto_kind != AUTO_NONE ?
	    t->auto_why : NULL);

	explain_key(out, indent, 1, 0, "signals");
	g_string_append_c(out, '[');
	n = 0;
	for (int s = 0; s < SIG_COUNT; s++) {
		if (!(r->signals & (1u << s)))
			continue;
		if (n++ > 0)
			g_string_append(out, ", ");
		json_append(out, mt_signal_name(s));
	}
	g_string_append_c(out, ']');
	explain_str(out, indent, 1, 0, "priority",
	    mt_level_name(t->prio.level));
	explain_str(out, indent, 1, 0, "reasons", t->prio.reasons);
	explain_str(out, indent, 1, 0, "sla_due",
	    priority_format_date(t->prio.due, due, sizeof(due)));
	explain_key(out, indent, 1, 0, "sla_due_epoch");
	g_string_append_printf(out, "%lld", (long long)t->prio.due);
	explain_str(out, indent, 1, 0, "folder", explain_folder(t));
	explain_nl(out, indent, 0);
	g_string_append_c(out, '}');
	return g_string_free(out, FALSE);
}
