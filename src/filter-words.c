/* The words of a concept file as regexes and as prefilter keys: one
 * "words" entry becomes a whole-word, accent-folding regex, and every
 * entry or pattern gives the first words a text must contain for it to
 * match. Pure string work; filter-concept.c reads the files. */
#include <string.h>

#include <glib.h>

#include "filter-int.h"

/* An accented letter also matches its plain form; German umlauts also
 * their "ae" spelling and ß "ss". Returns the regex for ch, or NULL. */
static const char *
filter_word_fold(gunichar ch)
{
	static const struct {
		gunichar ch;
		const char *re;
	} fold[] = {
		{ 0xe0, "[àa]" }, { 0xe1, "[áa]" }, { 0xe2, "[âa]" },
		{ 0xe3, "[ãa]" }, { 0xe4, "(?:ä|ae|a)" }, { 0xe7, "[çc]" },
		{ 0xe8, "[èe]" }, { 0xe9, "[ée]" }, { 0xea, "[êe]" },
		{ 0xeb, "[ëe]" }, { 0xec, "[ìi]" }, { 0xed, "[íi]" },
		{ 0xee, "[îi]" }, { 0xef, "[ïi]" }, { 0xf1, "[ñn]" },
		{ 0xf2, "[òo]" }, { 0xf3, "[óo]" }, { 0xf4, "[ôo]" },
		{ 0xf5, "[õo]" }, { 0xf6, "(?:ö|oe|o)" }, { 0xf9, "[ùu]" },
		{ 0xfa, "[úu]" }, { 0xfb, "[ûu]" }, { 0xfc, "(?:ü|ue|u)" },
		{ 0xdf, "(?:ß|ss)" }, { 0x153, "(?:œ|oe)" },
	};

	if (ch < 0xdf)		/* the first in the table */
		return NULL;
	for (size_t i = 0; i < G_N_ELEMENTS(fold); i++)
		if (fold[i].ch == ch)
			return fold[i].re;
	return NULL;
}

/* entry in lower case (caller frees): most entries are ASCII, whose
 * lower case needs no Unicode tables. */
static char *
filter_word_lower(const char *entry)
{
	for (const char *p = entry; *p != '\0'; p++)
		if ((unsigned char)*p >= 0x80)
			return g_utf8_strdown(entry, -1);
	return g_ascii_strdown(entry, -1);
}

/* filter_word_regex() for an entry of ASCII only (most are): the same
 * regex, written in place (at most 9 bytes for one of the entry's),
 * without a lower-case copy or the Unicode tables. */
static int
filter_word_regex_ascii(GString *out, const char *entry, size_t n,
    const char **bad)
{
	size_t at = out->len;
	unsigned char last = 0;
	int letters = 0, rc = 0;
	char *o;

	g_string_set_size(out, at + 9 * n + 4);
	o = out->str + at;
	if (g_ascii_isalnum(entry[0]))
		*o++ = '\\', *o++ = 'b';
	for (const char *p = entry; *p != '\0'; p++) {
		unsigned char ch = (unsigned char)*p;

		if (ch >= 'A' && ch <= 'Z')
			ch += 'a' - 'A';
		if (ch == ' ' || ch == '\t') {
			while (p[1] == ' ' || p[1] == '\t')
				p++;
			memcpy(o, "\\s+", 3), o += 3;
			letters = 0;
		} else if (ch == '*') {
			if (letters < 3 || (p[1] != '\0' && p[1] != ' ')) {
				*bad = p;
				rc = -1;
				break;
			}
			memcpy(o, "\\w*", 3), o += 3;
		} else if (ch == '-') {
			memcpy(o, "(?:-|\\s)?", 9), o += 9;
		} else if (ch == '\'') {
			memcpy(o, "['\xe2\x80\x99]", 6), o += 6;
		} else if (!g_ascii_isalnum(ch)) {
			*o++ = '\\';
			*o++ = (char)ch;
			letters = 0;
		} else {
			*o++ = (char)ch;
			letters++;
		}
		last = ch;
	}
	if (rc == 0 && g_ascii_isalnum(last))
		*o++ = '\\', *o++ = 'b';
	g_string_truncate(out, (gsize)(o - out->str));
	return rc;
}

/* One "words" entry as a regex: blanks match any blank run, a '*' ending
 * a word any continuation, '-' a hyphen, a blank or nothing, an
 * apostrophe either kind; whole words. Returns -1 (and the column) for
 * a misplaced '*' or a stem under 3 letters. */
int
filter_word_regex(GString *out, const char *entry, const char **bad)
{
	const char *a = entry;

	while ((unsigned char)*a != 0 && (unsigned char)*a < 0x80)
		a++;
	if (*a == '\0')
		return filter_word_regex_ascii(out, entry, (size_t)(a - entry),
		    bad);

	char *w = filter_word_lower(entry);
	const char *p = w;
	gunichar ch, first = g_utf8_get_char(w), last = 0;
	int letters = 0, rc = 0;

	if (g_unichar_isalnum(first))
		g_string_append(out, "\\b");
	for (; *p != '\0'; p = g_utf8_next_char(p)) {
		const char *f;

		ch = g_utf8_get_char(p);
		if (ch == ' ' || ch == '\t') {
			while (p[1] == ' ' || p[1] == '\t')
				p++;
			g_string_append(out, "\\s+");
			letters = 0;
		} else if (ch == '*') {
			if (letters < 3 || (p[1] != '\0' && p[1] != ' ')) {
				*bad = entry + (p - w);
				rc = -1;
				goto out;
			}
			g_string_append(out, "\\w*");
		} else if (ch == '-') {
			g_string_append(out, "(?:-|\\s)?");
		} else if (ch == '\'' || ch == 0x2019) {
			g_string_append(out, "['’]");
		} else if ((f = filter_word_fold(ch)) != NULL) {
			g_string_append(out, f);
			letters++;
		} else if (ch < 0x80 && !g_ascii_isalnum(ch)) {
			g_string_append_c(out, '\\');
			g_string_append_c(out, (char)ch);
			letters = 0;
		} else if (ch < 0x80) {
			g_string_append_c(out, (char)ch);
			letters++;
		} else {
			g_string_append_unichar(out, ch);
			letters++;
		}
		last = ch;
	}
	if (g_unichar_isalnum(last))
		g_string_append(out, "\\b");
out:
	g_free(w);
	return rc;
}

int
filter_word_check(const char *entry, const char **bad)
{
	int letters = 0;

	for (const char *p = entry; *p != '\0'; p = g_utf8_next_char(p)) {
		gunichar ch = g_utf8_get_char(p);

		if (ch == ' ' || ch == '\t')
			letters = 0;
		else if (ch == '*') {
			if (letters < 3 || (p[1] != '\0' && p[1] != ' ')) {
				*bad = p;
				return -1;
			}
		} else if (ch == '-' || ch == '\'' || ch == 0x2019)
			continue;
		else if (ch < 0x80 && !g_ascii_isalnum(ch))
			letters = 0;
		else
			letters++;
	}
	return 0;
}

/* The keys of a words entry: its first word (the letters and digits up
 * to a blank, an apostrophe or a '*'), lower case, with each accented
 * letter also as its plain form (and ä ö ü as ae oe ue, ß as ss). A text
 * can hold the entry only if it has a word that is, or starts with, a
 * key. A first word that goes on with a hyphen also gives the keys of
 * the entry without it ("e-mail" is also "email"). An entry that starts
 * with no letter sets *always. */
/* Adds k to keys (owned) unless there. */
static void
filter_key_add(GPtrArray *keys, char *k)
{
	if (g_ptr_array_find_with_equal_func(keys, k, g_str_equal, NULL))
		g_free(k);
	else
		g_ptr_array_add(keys, k);
}

void
filter_word_keys(GPtrArray *keys, const char *entry, int *always)
{
	GPtrArray *v, *nv;
	char *w;
	const char *p;
	int n = 0;

	/* Most entries: a first word of ASCII letters and digits that
	 * ends the entry or a blank follows; its one key. */
	for (p = entry; g_ascii_isalnum(*p); p++)
		;
	if (p > entry && (*p == '\0' || *p == ' ' || *p == '\t' ||
	    *p == '*' || *p == '\'')) {
		filter_key_add(keys, g_ascii_strdown(entry, p - entry));
		return;
	}
	v = g_ptr_array_new_with_free_func(g_free);
	w = g_utf8_strdown(entry, -1);
	p = w;
	g_ptr_array_add(v, g_strdup(""));
	for (; *p != '\0'; p = g_utf8_next_char(p), n++) {
		gunichar ch = g_utf8_get_char(p);
		char buf[8] = { 0 }, *nfd = NULL;
		int blen;

		if (!g_unichar_isalnum(ch))
			break;
		blen = g_unichar_to_utf8(ch, buf);
		if (filter_word_fold(ch) == NULL || v->len > 16) {
			/* No other spelling: each key goes on with ch. */
			for (guint i = 0; i < v->len; i++) {
				char *pre = g_ptr_array_index(v, i);
				size_t plen = strlen(pre);

				pre = g_realloc(pre, plen + blen + 1);
				memcpy(pre + plen, buf, blen + 1);
				v->pdata[i] = pre;
			}
			continue;
		}
		if (ch != 0xdf && ch != 0x153)
			nfd = g_utf8_normalize(buf, -1, G_NORMALIZE_NFD);
		nv = g_ptr_array_new_with_free_func(g_free);
		for (guint i = 0; i < v->len; i++) {
			const char *pre = g_ptr_array_index(v, i);

			g_ptr_array_add(nv, g_strconcat(pre, buf, NULL));
			if (ch == 0xdf)
				g_ptr_array_add(nv, g_strconcat(pre, "ss", NULL));
			else if (ch == 0x153)
				g_ptr_array_add(nv, g_strconcat(pre, "oe", NULL));
			if (nfd != NULL && (unsigned char)nfd[0] < 0x80) {
				char base[2] = { nfd[0], 0 };

				g_ptr_array_add(nv, g_strconcat(pre, base, NULL));
				if (ch == 0xe4 || ch == 0xf6 || ch == 0xfc)
					g_ptr_array_add(nv, g_strconcat(pre, base,
					    "e", NULL));
			}
		}
		g_free(nfd);
		g_ptr_array_unref(v);
		v = nv;
	}
	if (n == 0)
		*always = 1;
	else if (*p == '-' && p[1] != '\0') {
		/* "e-mail" is also "email": the first word is a key, and
		 * so is the entry without this hyphen. */
		char *joined = g_strdup_printf("%.*s%s", (int)(p - w), w,
		    p + 1);

		filter_word_keys(keys, joined, always);
		g_free(joined);
	}
	for (guint i = 0; !*always && i < v->len; i++)
		filter_key_add(keys, g_strdup(g_ptr_array_index(v, i)));
	g_ptr_array_unref(v);
	g_free(w);
}

int
filter_word_prefix(const char *entry)
{
	const char *star = strchr(entry, '*');

	return star != NULL && star < entry + strcspn(entry, " \t");
}

/* The leading literal of one branch of a pattern: letters and digits
 * (after lookbehinds), at least 3, the last one dropped when a
 * quantifier makes it optional. NULL when there is none. Caller frees. */
static char *
filter_branch_key(const char *b, const char *end)
{
	const char *p = b, *q;
	int depth;

	while (p + 3 < end && p[0] == '(' && p[1] == '?' && p[2] == '<' &&
	    (p[3] == '!' || p[3] == '=')) {
		for (depth = 0, q = p; q < end; q++) {
			if (*q == '\\' && q + 1 < end) {
				q++;
				continue;
			}
			if (*q == '(')
				depth++;
			else if (*q == ')' && --depth == 0)
				break;
		}
		if (q >= end)
			return NULL;
		p = q + 1;
	}
	if (p + 1 < end && p[0] == '\\' && p[1] == 'b')
		p += 2;
	for (q = p; q < end && g_unichar_isalnum(g_utf8_get_char(q));
	    q = g_utf8_next_char(q))
		;
	if (q < end && (*q == '?' || *q == '*' || *q == '{') && q > p)
		q = g_utf8_prev_char(q);
	if (g_utf8_strlen(p, q - p) < 3)
		return NULL;
	return g_utf8_strdown(p, q - p);
}

/* The keys of a pattern: the leading literal of each top-level branch,
 * or of each branch of a leading (?:...) group that is the whole of its
 * branch's start. 0 (no keys added) when a branch has none. */
int
filter_pattern_keys(GPtrArray *keys, const char *re)
{
	GPtrArray *got = g_ptr_array_new_with_free_func(g_free);
	const char *p = re, *b = re, *end = re + strlen(re);
	int depth = 0, ok = 1;

	/* Top-level branches; a branch starting with "(?:" is split at the
	 * group's own '|' and each part judged alone. */
	for (; ok && p <= end; p++) {
		if (p < end && *p == '\\') {
			p++;
			continue;
		}
		if (p < end && *p == '[') {
			while (p < end && *p != ']')
				p += *p == '\\' ? 2 : 1;
			continue;
		}
		if (p < end && *p == '(')
			depth++;
		else if (p < end && *p == ')')
			depth--;
		if (p < end && (*p != '|' || depth != 0))
			continue;
		char *k = filter_branch_key(b, p);
		if (k == NULL && p - b > 3 && strncmp(b, "(?:", 3) == 0) {
			/* (?:a|b|c)... */
			const char *g = b + 3, *gb = g;
			int d = 0;

			for (; ok && g < p; g++) {
				if (*g == '\\') {
					g++;
					continue;
				}
				if (*g == '(')
					d++;
				else if (*g == ')' && d-- == 0) {
					char *gk = filter_branch_key(gb, g);
					if (gk == NULL)
						ok = 0;
					else
						g_ptr_array_add(got, gk);
					/* (?:that\s+|which\s+)?I...: an optional
					 * group needs none of its words. */
					if (g + 1 < p && (g[1] == '?' ||
					    g[1] == '*' || (g[1] == '{' &&
					    g + 2 < p && g[2] == '0')))
						ok = 0;
					break;
				} else if (*g == '|' && d == 0) {
					char *gk = filter_branch_key(gb, g);
					if (gk == NULL)
						ok = 0;
					else
						g_ptr_array_add(got, gk);
					gb = g + 1;
				}
			}
			if (g >= p)
				ok = 0;
		} else if (k == NULL)
			ok = 0;
		else
			g_ptr_array_add(got, k);
		b = p + 1;
	}
	for (guint i = 0; ok && i < got->len; i++)
		filter_key_add(keys, g_strdup(g_ptr_array_index(got, i)));
	g_ptr_array_unref(got);
	return ok;
}

