/* Why a message was classified as it was: the zones, every class's score
 * against its threshold, the rules that matched and what they matched,
 * the priority and its reasons, the folder. Shared by explain and
 * test-filters. */
#ifndef EXPLAIN_H
#define EXPLAIN_H

#include <stdio.h>

struct filter_set;
struct triage;

/* Writes a readable account of t (classified with fs) to fp, headed by
 * name (a file name, or "-" for stdin). */
void explain_print(FILE *fp, const char *name, const struct triage *t,
    const struct filter_set *fs);

/* The same as one JSON object, without a trailing newline; each line
 * after the first is indented by indent spaces. Caller frees (free()). */
char *explain_json(const char *name, const struct triage *t,
    const struct filter_set *fs, int indent);


#endif
