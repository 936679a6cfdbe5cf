/* Tagging: our X-Triage-* headers prepended to the ORIGINAL bytes. */
#ifndef TAG_H
#define TAG_H

#include <stddef.h>

struct tag_field {
	const char *name;	/* "X-Triage-Priority" */
	const char *value;	/* ASCII; folded at spaces when long */
};

/* The message's line ending: "\r\n" when its first line ends so, else "\n". */
const char *tag_eol(const char *raw, size_t len);

/* Returns the fields as header lines in raw's own line ending, followed by
 * raw with every X-Triage-* header field (and its continuation lines)
 * removed from the header block and a leading mbox "From " envelope line
 * dropped; all other bytes unchanged. Caller frees (free()). */
char *tag_apply(const char *raw, size_t len, const struct tag_field *f,
    size_t n, size_t *outlen);

/* The value of the first header field called name (case-insensitive) in
 * raw's header block, unfolded and trimmed, or NULL. Caller frees. */
char *tag_get(const char *raw, size_t len, const char *name);

#endif
