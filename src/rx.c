/* Regular expressions over PCRE2: compile, JIT, bounded matching, and a
 * cache of compiled patterns for one-message processes.
 * The only file that includes pcre2.h. */
#include <sys/mman.h>
#include <sys/stat.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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

/*
 * The cache (rx_cache_*): one file of patterns compiled by earlier
 * processes, PCRE2's serialised form, looked up by source and flags.
 *
 *   header   magic, the program's key, PCRE2's version, entry count
 *   index    struct rx_cache_idx[count], sorted by hash and flags
 *   data     each entry's source, then its serialised code
 *
 * PCRE2 does not check serialised code, so the file is only read when it
 * belongs to the user this process runs as and nobody else may write it,
 * and it is written whole to a temporary file and renamed into place.
 */
#define RX_CACHE_MAGIC	"MTRXC\0\0\2"
#define RX_CACHE_KEY	64
#define RX_CACHE_MAX	(64u << 20)	/* bytes: past this, a rewrite
					 * keeps only what this run used */

struct rx_cache_hdr {
	char magic[8];
	char key[RX_CACHE_KEY];		/* the program's build */
	char pcre2[32];			/* PCRE2's version */
	uint32_t count;
	uint32_t zero;
};

struct rx_cache_idx {
	uint64_t hash;
	uint32_t flags;
	uint32_t srclen;
	uint64_t src;		/* offsets into the file */
	uint64_t code;
	uint64_t codelen;
	uint64_t sum;		/* of the code (rx_cache_sum) */
};

/* An entry to write: from the file (bytes into the map) or new. */
struct rx_cache_new {
	uint64_t hash;
	uint32_t flags;
	uint32_t srclen;
	const char *src;
	const uint8_t *code;
	uint64_t codelen;
	uint64_t sum;
	int own;		/* src and code are ours to free */
};

static struct {
	char *path;		/* NULL: no cache */
	char key[RX_CACHE_KEY];
	const uint8_t *map;
	size_t size;
	const struct rx_cache_idx *idx;
	uint32_t count;
	unsigned char *used;	/* per index entry */
	struct rx_cache_new *add;
	size_t nadd, aadd;
	struct rx_cache_stats st;
} rx_cache;

/* A hash of n bytes, eight at a time: of a pattern's source, to find it,
 * and of its serialised code, so that a file damaged on disk is not
 * decoded (PCRE2 would trust it). */
static uint64_t
rx_cache_sum(const uint8_t *p, size_t n)
{
	uint64_t h = 0x9e3779b97f4a7c15ull ^ n, w;
	size_t i;

	for (i = 0; i + 8 <= n; i += 8) {
		memcpy(&w, p + i, 8);
		h = (h ^ w) * 0xff51afd7ed558ccdull;
		h ^= h >> 32;
	}
	for (; i < n; i++)
		h = (h ^ p[i]) * 1099511628211ull;
	return h;
}

static int
rx_cache_cmp(uint64_t ha, uint32_t fa, uint64_t hb, uint32_t fb)
{
	if (ha != hb)
		return ha < hb ? -1 : 1;
	return fa < fb ? -1 : fa > fb;
}

static void
rx_cache_version(char *out, size_t n)
{
	memset(out, 0, n);
	(void)pcre2_config(PCRE2_CONFIG_VERSION, out);
}

/* Maps the file: 1 when it is usable, 0 when missing, -1 when broken or
 * of another build or PCRE2 (to be written anew), -2 when it is not ours
 * alone (left alone: neither read nor written). */
static int
rx_cache_map(const char *path, const char *key)
{
	struct rx_cache_hdr h;
	char ver[32];
	struct stat st;
	void *m;
	int fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)) == -1)
		return errno == ENOENT ? 0 : -1;
	if (fstat(fd, &st) == -1 || !S_ISREG(st.st_mode) ||
	    st.st_uid != geteuid() || (st.st_mode & (S_IWGRP | S_IWOTH))) {
		close(fd);
		return -2;
	}
	if ((size_t)st.st_size < sizeof h ||
	    st.st_size > (off_t)RX_CACHE_MAX * 2) {
		close(fd);
		return -1;
	}
	m = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (m == MAP_FAILED)
		return -1;
	memcpy(&h, m, sizeof h);
	rx_cache_version(ver, sizeof ver);
	if (memcmp(h.magic, RX_CACHE_MAGIC, 8) != 0 ||
	    memcmp(h.key, key, RX_CACHE_KEY) != 0 ||
	    memcmp(h.pcre2, ver, sizeof ver) != 0 ||
	    h.count > ((size_t)st.st_size - sizeof h) /
	    sizeof(struct rx_cache_idx)) {
		munmap(m, (size_t)st.st_size);
		return -1;
	}
	rx_cache.map = m;
	rx_cache.size = (size_t)st.st_size;
	rx_cache.idx = (const struct rx_cache_idx *)((const uint8_t *)m +
	    sizeof h);
	rx_cache.count = h.count;
	rx_cache.used = calloc(h.count > 0 ? h.count : 1, 1);
	return rx_cache.used != NULL ? 1 : -1;
}

int
rx_cache_open(const char *path, const char *key)
{
	int r;

	rx_cache_close(0);
	if (path == NULL || key == NULL)
		return 0;
	memset(&rx_cache, 0, sizeof rx_cache);
	strncpy(rx_cache.key, key, sizeof rx_cache.key - 1);
	if ((rx_cache.path = strdup(path)) == NULL)
		return -1;
	if ((r = rx_cache_map(path, rx_cache.key)) == -1)
		rx_cache.st.refused = 1;	/* written anew when closed */
	else if (r == -2)
		rx_cache.st.foreign = 1;
	return r < 0 ? -1 : 0;
}

/* The code cached for pattern, decoded, or NULL. */
static pcre2_code *
rx_cache_find(uint64_t hash, const char *pattern, size_t len,
    unsigned flags)
{
	size_t lo = 0, hi = rx_cache.count;
	pcre2_code *code = NULL;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct rx_cache_idx *e = &rx_cache.idx[mid];

		if (rx_cache_cmp(e->hash, e->flags, hash, flags) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < rx_cache.count && rx_cache.idx[lo].hash == hash &&
	    rx_cache.idx[lo].flags == flags; lo++) {
		const struct rx_cache_idx *e = &rx_cache.idx[lo];

		if (e->srclen != len || e->src > rx_cache.size ||
		    len > rx_cache.size - e->src ||
		    e->code > rx_cache.size ||
		    e->codelen > rx_cache.size - e->code ||
		    memcmp(rx_cache.map + e->src, pattern, len) != 0)
			continue;
		if (rx_cache_sum(rx_cache.map + e->code, e->codelen) !=
		    e->sum || pcre2_serialize_get_number_of_codes(
		    rx_cache.map + e->code) != 1 ||
		    pcre2_serialize_decode(&code, 1, rx_cache.map + e->code,
		    NULL) != 1) {
			rx_cache.used[lo] = 2;	/* damaged: not kept */
			rx_cache.st.refused = 1;
			return NULL;
		}
		rx_cache.used[lo] = 1;
		rx_cache.st.hits++;
		return code;
	}
	return NULL;
}

/* Keeps code, just compiled, for the file. */
static void
rx_cache_keep(uint64_t hash, const char *pattern, size_t len,
    unsigned flags, const pcre2_code *code)
{
	struct rx_cache_new *n;
	uint8_t *bytes = NULL;
	PCRE2_SIZE size = 0;
	char *src;

	rx_cache.st.misses++;
	if (rx_cache.nadd == rx_cache.aadd) {
		size_t a = rx_cache.aadd > 0 ? rx_cache.aadd * 2 : 64;

		if ((n = realloc(rx_cache.add, a * sizeof *n)) == NULL)
			return;
		rx_cache.add = n;
		rx_cache.aadd = a;
	}
	if (pcre2_serialize_encode(&code, 1, &bytes, &size, NULL) != 1)
		return;
	if ((src = malloc(len > 0 ? len : 1)) == NULL) {
		pcre2_serialize_free(bytes);
		return;
	}
	memcpy(src, pattern, len);
	n = &rx_cache.add[rx_cache.nadd++];
	n->hash = hash;
	n->flags = flags;
	n->srclen = (uint32_t)len;
	n->src = src;
	n->code = bytes;
	n->codelen = size;
	n->sum = rx_cache_sum(bytes, size);
	n->own = 1;
}

static int
rx_cache_new_cmp(const void *a, const void *b)
{
	const struct rx_cache_new *x = a, *y = b;

	return rx_cache_cmp(x->hash, x->flags, y->hash, y->flags);
}

static int
rx_cache_write_all(int fd, const void *p, size_t n)
{
	const uint8_t *b = p;

	while (n > 0) {
		ssize_t w = write(fd, b, n);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		b += w;
		n -= (size_t)w;
	}
	return 0;
}

/* Writes the file anew: what it had (all of it, or what this run used
 * when it grew too big) and what was compiled since. */
static int
rx_cache_write(void)
{
	size_t n = 0, k = 0, total = sizeof(struct rx_cache_hdr), off, cap;
	int keep_all = rx_cache.size < RX_CACHE_MAX, fd = -1, rc = -1;
	struct rx_cache_new *all;
	struct rx_cache_hdr h;
	char *tmp = NULL;

	cap = rx_cache.nadd + rx_cache.count;
	if ((all = calloc(cap > 0 ? cap : 1, sizeof *all)) == NULL)
		return -1;
	for (uint32_t i = 0; i < rx_cache.count; i++) {
		const struct rx_cache_idx *e = &rx_cache.idx[i];

		if ((!keep_all && !rx_cache.used[i]) || rx_cache.used[i] == 2 ||
		    e->src > rx_cache.size ||
		    e->srclen > rx_cache.size - e->src ||
		    e->code > rx_cache.size ||
		    e->codelen > rx_cache.size - e->code)
			continue;
		all[n].hash = e->hash;
		all[n].flags = e->flags;
		all[n].srclen = e->srclen;
		all[n].src = (const char *)rx_cache.map + e->src;
		all[n].code = rx_cache.map + e->code;
		all[n].codelen = e->codelen;
		all[n].sum = e->sum;
		n++;
	}
	memcpy(all + n, rx_cache.add, rx_cache.nadd * sizeof *all);
	n += rx_cache.nadd;
	qsort(all, n, sizeof *all, rx_cache_new_cmp);
	/* A pattern the file had and this run compiled too: once. */
	for (size_t i = 0; i < n; i++) {
		if (k > 0 && all[i].hash == all[k - 1].hash &&
		    all[i].flags == all[k - 1].flags &&
		    all[i].srclen == all[k - 1].srclen &&
		    memcmp(all[i].src, all[k - 1].src, all[i].srclen) == 0)
			continue;
		all[k++] = all[i];
	}
	n = k;
	memset(&h, 0, sizeof h);
	memcpy(h.magic, RX_CACHE_MAGIC, 8);
	memcpy(h.key, rx_cache.key, RX_CACHE_KEY);
	rx_cache_version(h.pcre2, sizeof h.pcre2);
	h.count = (uint32_t)n;
	if ((tmp = malloc(strlen(rx_cache.path) + 8)) == NULL)
		goto out;
	sprintf(tmp, "%s.XXXXXX", rx_cache.path);
	if ((fd = mkstemp(tmp)) == -1)
		goto out;
	if (rx_cache_write_all(fd, &h, sizeof h) != 0)
		goto out;
	off = total + n * sizeof(struct rx_cache_idx);
	for (size_t i = 0; i < n; i++) {
		struct rx_cache_idx e = { all[i].hash, all[i].flags,
		    all[i].srclen, off, off + all[i].srclen,
		    all[i].codelen, all[i].sum };

		off += all[i].srclen + all[i].codelen;
		if (rx_cache_write_all(fd, &e, sizeof e) != 0)
			goto out;
	}
	for (size_t i = 0; i < n; i++)
		if (rx_cache_write_all(fd, all[i].src, all[i].srclen) != 0 ||
		    rx_cache_write_all(fd, all[i].code, all[i].codelen) != 0)
			goto out;
	/* A cache: lost in a crash, it is only built again. */
	if (close(fd) != 0) {
		fd = -1;
		goto out;
	}
	fd = -1;
	if (rename(tmp, rx_cache.path) == 0)
		rc = 0;
out:
	if (fd != -1)
		close(fd);
	if (rc != 0 && tmp != NULL)
		unlink(tmp);
	free(tmp);
	free(all);
	return rc;
}

int
rx_cache_close(int write)
{
	int rc = 0;

	if (rx_cache.path == NULL)
		return 0;
	if (write && !rx_cache.st.foreign && (rx_cache.nadd > 0 ||
	    rx_cache.st.refused))
		rc = rx_cache_write();
	for (size_t i = 0; i < rx_cache.nadd; i++)
		if (rx_cache.add[i].own) {
			free((char *)rx_cache.add[i].src);
			pcre2_serialize_free((uint8_t *)rx_cache.add[i].code);
		}
	free(rx_cache.add);
	free(rx_cache.used);
	if (rx_cache.map != NULL)
		munmap((void *)rx_cache.map, rx_cache.size);
	free(rx_cache.path);
	memset(&rx_cache, 0, sizeof rx_cache);
	return rc;
}

void
rx_cache_stats(struct rx_cache_stats *out)
{
	*out = rx_cache.st;
}

struct rx *
rx_compile(const char *pattern, size_t len, unsigned flags, char *errbuf,
    size_t errsize, size_t *erroff)
{
	uint64_t hash = 0;
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
	if (rx_cache.path != NULL && !rx_cache.st.foreign) {
		hash = rx_cache_sum((const uint8_t *)pattern, len);
		r->code = rx_cache_find(hash, pattern, len, flags);
	}
	if (r->code == NULL) {
		r->code = pcre2_compile((PCRE2_SPTR)pattern, len, opts, &err,
		    &off, NULL);
		if (r->code != NULL && rx_cache.path != NULL &&
		    !rx_cache.st.foreign)
			rx_cache_keep(hash, pattern, len, flags, r->code);
	}
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
