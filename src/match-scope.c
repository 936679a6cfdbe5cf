/* Which scope cue reaches a hit: clauses, sentences, the words before
 * and after it, a cue that covers it; and the distance checks of "near".
 * Where the cues are in a text is found by match-concept.c. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "filter-int.h"
#include "lang.h"
#include "match-int.h"
#include "msg.h"
#include "rx.h"

/* Whether the byte at p ends a clause (sentence: only . ! ?), or a
 * blank line does. A full stop inside a token ("2.300", "e.g.", a host
 * name) ends nothing, nor does a comma or colon between digits
 * ("289,90 €", "10:30"). */
static int
match_stop(const char *lo, const char *hi, const char *p, int sentence)
{
	if (*p == '.' || *p == '!' || *p == '?')
		return p + 1 >= hi || g_ascii_isspace(p[1]) || p[1] == '"' ||
		    p[1] == ')';
	if (!sentence && (*p == ',' || *p == ':'))
		return !(p > lo && p + 1 < hi && g_ascii_isdigit(p[-1]) &&
		    g_ascii_isdigit(p[1]));
	if (*p == ';')
		return 1;
	if (*p == '\n') {
		const char *q = p + 1;
		while (q < hi && (*q == ' ' || *q == '\t' || *q == '\r'))
			q++;
		if (q < hi && *q == '\n')
			return 1;
		for (q = p; q > lo && (q[-1] == ' ' || q[-1] == '\t' ||
		    q[-1] == '\r'); q--)
			;
		return q > lo && q[-1] == '\n';
	}
	return 0;
}

static int
match_wordch(const char *text, size_t i)
{
	return g_ascii_isalnum(text[i]) || (text[i] & 0x80) ||
	    text[i] == '\'';
}

/* The clause (or sentence) around [s, e): [*a, *b). */
static void
match_clause(const char *text, size_t len, size_t s, size_t e, int sentence,
    size_t *a, size_t *b)
{
	*a = s;
	*b = e;
	while (*a > 0 && !match_stop(text, text + len, text + *a - 1,
	    sentence))
		(*a)--;
	while (*b < len && !match_stop(text, text + len, text + *b, sentence))
		(*b)++;
	if (*b < len && (text[*b] == '?' || text[*b] == '!'))
		(*b)++;		/* a cue may be the question mark */
}

/* The start of the n-th word before p, not before lo. */
static size_t
match_words_back(const char *text, size_t lo, size_t p, int n)
{
	int words = 0, inword = 0;

	for (size_t i = p; i > lo; i--) {
		int w = match_wordch(text, i - 1);
		if (!w && inword && ++words >= n)
			return i;
		inword = w;
	}
	return lo;
}

/* The end of the n-th word after p, not after hi. */
static size_t
match_words_fwd(const char *text, size_t p, size_t hi, int n)
{
	int words = 0, inword = 0;

	for (size_t i = p; i < hi; i++) {
		int w = match_wordch(text, i);
		if (!w && inword && ++words >= n)
			return i;
		inword = w;
	}
	return hi;
}

/* Whether a cue of scope concept c is in [ws, we) of text (overlapping a
 * part, for an overlap scope; overlapping none, for a scope of words
 * before or after: "kommt nie an" near "Code" is one problem, its "nie"
 * no negation of the code). *cue gets where. An idiom counts in every
 * language whose words ran; other cues only in the message's own. */
static int
match_cue(struct match_run_state *st, const struct filter_concept *c,
    const char *text, size_t len, size_t ws, size_t we,
    const struct match_span *parts, size_t nparts, struct match_span *cue)
{
	GArray *spans = match_concept(st, c, text, len,
	    c->scope == SCOPE_OVERLAP ? st->langs : st->cue_langs);

	for (guint i = 0; i < spans->len; i++) {
		const struct match_span *sp = &g_array_index(spans,
		    struct match_span, i);

		if (sp->s < ws || sp->e > we)
			continue;
		if (c->scope == SCOPE_BEFORE || c->scope == SCOPE_AFTER) {
			size_t k;

			for (k = 0; k < nparts; k++)
				if (sp->s < parts[k].e && sp->e > parts[k].s)
					break;
			if (k < nparts)
				continue;
		} else if (c->scope == SCOPE_OVERLAP) {
			size_t k;

			for (k = 0; k < nparts; k++)
				if (sp->s < parts[k].e && sp->e > parts[k].s)
					break;
			if (k == nparts)
				continue;
		}
		*cue = *sp;
		return 1;
	}
	return 0;
}

/* Whether a cue of zone scope c is in the body when text is the
 * subject: the subject heads the body, so what the body says the mail is
 * about reaches the subject's words ("RV: Reembolso pendiente" over "no
 * he pinchado en el enlace"), not the other way round. */
static int
match_cue_body(struct match_run_state *st, const struct filter_concept *c,
    const char *text, struct match_span *cue, const char **cue_text)
{
	size_t ns, nb;
	const char *body;

	if (text != msg_zone_text(st->m, ZONE_SUBJECT, &ns))
		return 0;
	body = msg_zone_text(st->m, ZONE_BODY, &nb);
	if (body == NULL || nb == 0 ||
	    !match_cue(st, c, body, nb, 0, nb, NULL, 0, cue))
		return 0;
	*cue_text = body;
	return 1;
}

/* The reach [*a, *b) of a clause, sentence or condition scope around
 * [s, e): its clause (sentence), and for a condition in a question the
 * whole sentence. */
static void
match_reach(const struct filter_concept *c, const char *text, size_t len,
    size_t s, size_t e, size_t *a, size_t *b)
{
	size_t sa, sb;

	match_clause(text, len, s, e, c->scope == SCOPE_SENTENCE, a, b);
	if (c->scope != SCOPE_CONDITION)
		return;
	/* A question's condition holds its whole sentence. */
	match_clause(text, len, s, e, 1, &sa, &sb);
	if (sb > 0 && text[sb - 1] == '?') {
		*a = sa;
		*b = sb;
	}
}

/* The scope of r that takes back a hit made of parts (one, or two for
 * "near"), or NULL; *cue gets its words. "before N": the N words before
 * a part, in its clause; "after N" likewise after; overlap: a cue that
 * covers a part, however far it reaches; zone: a cue anywhere in the
 * hit's zone (for a subject hit, the body's too); clause, sentence and condition:
 * around each part, so two facts told in separate sentences ("near ...
 * paragraph") are taken back only by what is said around one of them,
 * not by a cue in the sentences between. */
const struct filter_concept *
match_scoped(struct match_run_state *st, const struct filter_rule *r,
    const char *text, size_t len, const struct match_span *parts,
    size_t nparts, struct match_span *cue, const char **cue_text)
{
	size_t a, b;

	*cue_text = text;
	for (size_t i = 0; i < r->nunless; i++) {
		const struct filter_concept *c = r->unless[i];

		for (size_t k = 0; k < nparts; k++) {
			size_t pa, pb;

			switch (c->scope) {
			case SCOPE_BEFORE:
				match_clause(text, len, parts[k].s, parts[k].e,
				    0, &pa, &pb);
				a = match_words_back(text, pa, parts[k].s,
				    c->scope_n);
				b = parts[k].s;
				break;
			case SCOPE_AFTER:
				match_clause(text, len, parts[k].s, parts[k].e,
				    0, &pa, &pb);
				a = parts[k].e;
				b = match_words_fwd(text, parts[k].e, pb,
				    c->scope_n);
				break;
			case SCOPE_OVERLAP:
				/* The cue covers a part of the hit, wherever
				 * it ends: a name may hold a colon or a "!"
				 * ("« ALERTE : votre compte va être
				 * bloqué ! »", „Flash Point: Fire Rescue“). */
				if (k > 0)
					continue;
				a = 0;
				b = len;
				break;
			case SCOPE_ZONE:
				/* Anywhere in the zone: what the mail asks
				 * for ("please pause my deliveries") says
				 * what the story around it is for. */
				if (k > 0)
					continue;
				a = 0;
				b = len;
				break;
			default:
				match_reach(c, text, len, parts[k].s,
				    parts[k].e, &a, &b);
				break;
			}
			if (match_cue(st, c, text, len, a, b, parts, nparts,
			    cue))
				return c;
			if (c->scope == SCOPE_ZONE &&
			    match_cue_body(st, c, text, cue, cue_text))
				return c;
		}
	}
	return NULL;
}

/* Whether [s, e) lies inside one paragraph (no blank line) and spans at
 * most MATCH_PARAGRAPH_SPAN bytes: "near ... paragraph". */
int
match_same_paragraph(const char *text, size_t s, size_t e)
{
	int nl = 0;

	if (e - s > MATCH_PARAGRAPH_SPAN)
		return 0;
	for (size_t i = s; i < e; i++) {
		if (text[i] == '\n') {
			if (nl)
				return 0;
			nl = 1;
		} else if (text[i] != ' ' && text[i] != '\t' &&
		    text[i] != '\r')
			nl = 0;
	}
	return 1;
}

/* Whether [s, e) holds at most n words and nothing that ends a clause
 * (a comma does not). */
int
match_gap(const char *text, size_t len, size_t s, size_t e, int n)
{
	int words = 0, inword = 0;

	for (size_t i = s; i < e; i++) {
		int w = match_wordch(text, i);

		if (!w && match_stop(text, text + len, text + i, 1))
			return 0;
		if (w && !inword && ++words > n)
			return 0;
		inword = w;
	}
	return 1;
}

