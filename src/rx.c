/* Regular expressions over PCRE2: compile, JIT, bounded matching.
 * The only file that includes pcre2.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "rx.h"

#define RX_MATCH_LIMIT_DEFAULT	1000000UL
#define RX_JIT_STACK_MIN	(32 * 1024)
#define RX_JIT_STACK_DEFAULT	(512 * 1024)
/* Interpreter limits that the header does not expose: backtracking depth
 * and heap (KiB) for the backtracking frames. PCRE2's defaults allow
 * 10 million frames and 20 GB. */
#define RX_DEPTH_LIMIT		100000U
#define RX_HEAP_LIMIT_KIB	(64U * 1024)

struct rx {
	pcre2_code *code;
	char *src;		/* the pattern, NUL-terminated */
	size_t len;
	unsigned flags;
	unsigned jit_after;	/* matches before the JIT, or 0 */
};

struct rx_scratch {
	pcre2_match_data *md;
	pcre2_match_context *mc;
	pcre2_jit_stack *js;
};

struct rx *
rx_compile(const char *pattern, size_t len, unsigned flags, char *errbuf,
    size_t errsize, size_t *erroff)
{
	struct rx *r;
	uint32_t opts = PCRE2_UTF | PCRE2_UCP | PCRE2_NEVER_BACKSLASH_C;
	PCRE2_SIZE off = 0;
	int err = 0;

	if (flags & RX_CASELESS)
		opts |= PCRE2_CASELESS;
	if (flags & RX_MULTILINE)
		opts |= PCRE2_MULTILINE;
	if (flags & RX_DOTALL)
		opts |= PCRE2_DOTALL;
	if (flags & RX_EXTENDED)
		opts |= PCRE2_EXTENDED;
	if (flags & RX_ANCHORED)
		opts |= PCRE2_ANCHORED;

	if ((r = calloc(1, sizeof *r)) == NULL) {
		if (errsize > 0)
			snprintf(errbuf, errsize, "out of memory");
		if (erroff != NULL)
			*erroff = 0;
		return NULL;
	}
	r->code = pcre2_compile((PCRE2_SPTR)pattern, len, opts, &err, &off,
	    NULL);
	if (r->code == NULL) {
		if (errsize > 0 && pcre2_get_error_message(err,
		    (PCRE2_UCHAR *)errbuf, errsize) < 0)
			snprintf(errbuf, errsize, "error %d", err);
		if (erroff != NULL)
			*erroff = off;
		free(r);
		return NULL;
	}
	if ((r->src = malloc(len + 1)) == NULL) {
		if (errsize > 0)
			snprintf(errbuf, errsize, "out of memory");
		if (erroff != NULL)
			*erroff = 0;
		rx_free(&r);
		return NULL;
	}
	memcpy(r->src, pattern, len);
	r->src[len] = '\0';
	r->len = len;
	r->flags = flags;
	return r;
}

const char *
rx_pattern(const struct rx *r, size_t *len, unsigned *flags)
{
	if (r == NULL)
		return NULL;
	if (len != NULL)
		*len = r->len;
	if (flags != NULL)
		*flags = r->flags;
	return r->src;
}

int
rx_jit(struct rx *r)
{
	if (r == NULL || r->code == NULL)
		return -1;
	return pcre2_jit_compile(r->code, PCRE2_JIT_COMPLETE) == 0 ? 0 : -1;
}

void
rx_jit_after(struct rx *r, unsigned n)
{
	if (r != NULL)
		r->jit_after = n;
}

void
rx_free(struct rx **r)
{
	if (r == NULL || *r == NULL)
		return;
	pcre2_code_free((*r)->code);
	free((*r)->src);
	free(*r);
	*r = NULL;
}

/* match_limit 0 and jit_stack_max 0 take the defaults above. Returns NULL
 * when out of memory. Caller frees with rx_scratch_free(). */
struct rx_scratch *
rx_scratch_new(unsigned long match_limit, size_t jit_stack_max)
{
	struct rx_scratch *s;

	if (match_limit == 0)
		match_limit = RX_MATCH_LIMIT_DEFAULT;
	if (match_limit > UINT32_MAX)
		match_limit = UINT32_MAX;
	if (jit_stack_max == 0)
		jit_stack_max = RX_JIT_STACK_DEFAULT;
	if (jit_stack_max < RX_JIT_STACK_MIN)
		jit_stack_max = RX_JIT_STACK_MIN;

	if ((s = calloc(1, sizeof *s)) == NULL)
		return NULL;
	/* One pair of offsets is all we read: the whole match. */
	if ((s->md = pcre2_match_data_create(1, NULL)) == NULL)
		goto fail;
	if ((s->mc = pcre2_match_context_create(NULL)) == NULL)
		goto fail;
	pcre2_set_match_limit(s->mc, (uint32_t)match_limit);
	pcre2_set_depth_limit(s->mc, RX_DEPTH_LIMIT);
	pcre2_set_heap_limit(s->mc, RX_HEAP_LIMIT_KIB);
	s->js = pcre2_jit_stack_create(RX_JIT_STACK_MIN, jit_stack_max, NULL);
	if (s->js == NULL)
		goto fail;
	pcre2_jit_stack_assign(s->mc, NULL, s->js);
	return s;

fail:
	rx_scratch_free(&s);
	return NULL;
}

void
rx_scratch_free(struct rx_scratch **s)
{
	if (s == NULL || *s == NULL)
		return;
	pcre2_jit_stack_free((*s)->js);
	pcre2_match_context_free((*s)->mc);
	pcre2_match_data_free((*s)->md);
	free(*s);
	*s = NULL;
}

static void
rx_error(int rc, char *errbuf, size_t errsize)
{
	const char *what = NULL;

	if (errsize == 0)
		return;
	switch (rc) {
	case PCRE2_ERROR_MATCHLIMIT:
		what = "match limit exceeded";
		break;
	case PCRE2_ERROR_DEPTHLIMIT:
		what = "depth limit exceeded";
		break;
	case PCRE2_ERROR_HEAPLIMIT:
		what = "heap limit exceeded";
		break;
	case PCRE2_ERROR_JIT_STACKLIMIT:
		what = "JIT stack limit exceeded";
		break;
	case PCRE2_ERROR_NOMEMORY:
		what = "out of memory";
		break;
	}
	if (what != NULL)
		snprintf(errbuf, errsize, "%s", what);
	else if (pcre2_get_error_message(rc, (PCRE2_UCHAR *)errbuf,
	    errsize) < 0)
		snprintf(errbuf, errsize, "match error %d", rc);
}

int
rx_match(const struct rx *r, struct rx_scratch *s, const char *subject,
    size_t len, size_t start, size_t *mstart, size_t *mend, char *errbuf,
    size_t errsize)
{
	PCRE2_SIZE *ov;
	int rc;

	if (r == NULL || s == NULL || subject == NULL || start > len) {
		if (errsize > 0)
			snprintf(errbuf, errsize, "bad arguments");
		return -1;
	}
	/* The pattern is read-only but for this countdown. */
	if (r->jit_after > 0 && --((struct rx *)r)->jit_after == 0)
		(void)pcre2_jit_compile(r->code, PCRE2_JIT_COMPLETE);
	rc = pcre2_match(r->code, (PCRE2_SPTR)subject, len, start,
	    PCRE2_NO_UTF_CHECK, s->md, s->mc);
	if (rc == PCRE2_ERROR_NOMATCH)
		return 0;
	/* rc == 0 means the ovector was too small for the groups: the
	 * whole match is still in the first pair. */
	if (rc < 0) {
		rx_error(rc, errbuf, errsize);
		return -1;
	}
	ov = pcre2_get_ovector_pointer(s->md);
	if (mstart != NULL)
		*mstart = ov[0];
	if (mend != NULL)
		*mend = ov[1];
	return 1;
}

/* Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing past
 * U+10FFFF. NUL bytes are valid. */
int
rx_utf8_valid(const char *text, size_t len)
{
	const unsigned char *p = (const unsigned char *)text;
	size_t i = 0, n;
	uint32_t c, min;

	if (text == NULL)
		return len == 0;
	while (i < len) {
		c = p[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		if ((c & 0xe0) == 0xc0) {
			n = 1, c &= 0x1f, min = 0x80;
		} else if ((c & 0xf0) == 0xe0) {
			n = 2, c &= 0x0f, min = 0x800;
		} else if ((c & 0xf8) == 0xf0) {
			n = 3, c &= 0x07, min = 0x10000;
		} else
			return 0;
		if (len - i <= n)
			return 0;
		for (size_t k = 1; k <= n; k++) {
			if ((p[i + k] & 0xc0) != 0x80)
				return 0;
			c = (c << 6) | (p[i + k] & 0x3f);
		}
		if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
			return 0;
		i += n + 1;
	}
	return 1;
}
