/* The check both filter readers make of a pattern's text before it is
 * used (filter-parse.c for rules, filter-concept.c for concept
 * patterns): a group repeated without bound that holds an unbounded
 * quantifier can backtrack catastrophically on a failing match. */
#include <string.h>

#include <glib.h>

#include "filter-int.h"

/* Offset of the first group that is repeated without bound and itself
 * holds an unbounded quantifier, like (a+)+, (\w+\s?)* or (.*)*, or -1.
 * A failing match can try every way of splitting the text between the
 * two loops. This scans the text, it is no parser: it knows escapes,
 * classes, possessive quantifiers and atomic groups, enough for rules. */
long
filter_backtrack_risk(const char *re, size_t len)
{
	size_t open[64], i = 0, q;
	unsigned char inner[64] = { 0 }, atomic[64] = { 0 };
	int depth = 0, group, unbounded;

	while (i < len) {
		group = -1;
		if (re[i] == '\\') {
			if (i + 2 < len && strchr("xopPNgk", re[i + 1]) &&
			    re[i + 2] == '{') {
				while (i < len && re[i] != '}')
					i++;
				i++;
			} else if (i + 1 < len && re[i + 1] == 'Q') {
				for (i += 2; i + 1 < len; i++)
					if (re[i] == '\\' && re[i + 1] == 'E')
						break;
				i += 2;
			} else
				i += 2;
		} else if (re[i] == '[') {
			i++;
			if (i < len && re[i] == '^')
				i++;
			if (i < len && re[i] == ']')
				i++;
			while (i < len && re[i] != ']') {
				if (re[i] == '\\' || (re[i] == '[' &&
				    i + 1 < len && re[i + 1] == ':'))
					i++;
				i++;
			}
			i++;
		} else if (re[i] == '(') {
			if (depth == (int)G_N_ELEMENTS(open) - 1)
				return -1;
			depth++;
			open[depth] = i;
			inner[depth] = 0;
			atomic[depth] = i + 2 < len && re[i + 1] == '?' &&
			    re[i + 2] == '>';
			i++;
			continue;
		} else if (re[i] == ')' && depth > 0) {
			group = depth--;
			if (!atomic[group])
				inner[depth] |= inner[group];
			i++;
		} else
			i++;

		/* A quantifier after the atom just passed? */
		if (i >= len)
			break;
		unbounded = 0;
		q = i;
		if (re[i] == '*' || re[i] == '+') {
			unbounded = 1;
			q = i + 1;
		} else if (re[i] == '?') {
			q = i + 1;
		} else if (re[i] == '{') {
			size_t j = i + 1;
			while (j < len && g_ascii_isdigit(re[j]))
				j++;
			if (j > i + 1 && j < len && re[j] == ',') {
				unbounded = j + 1 < len && re[j + 1] == '}';
				for (j++; j < len && g_ascii_isdigit(re[j]);)
					j++;
			}
			if (j > i + 1 && j < len && re[j] == '}')
				q = j + 1;
			else
				unbounded = 0;
		}
		if (q == i)
			continue;
		if (q < len && re[q] == '+')
			unbounded = 0;		/* possessive: no backtracking */
		if (q < len && (re[q] == '+' || re[q] == '?'))
			q++;
		if (unbounded && group > 0 && inner[group] && !atomic[group])
			return (long)open[group];
		if (unbounded)
			inner[depth] = 1;
		i = q;
	}
	return -1;
}
