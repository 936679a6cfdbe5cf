/* Regular expressions: the only module that includes pcre2.h.
 * Patterns are UTF-8 with Unicode properties (\b, \w know umlauts). */
#ifndef RX_H
#define RX_H

#include <stddef.h>

enum rx_flags {
	RX_CASELESS = 1 << 0,	/* i */
	RX_MULTILINE = 1 << 1,	/* m */
	RX_DOTALL = 1 << 2,	/* s */
	RX_EXTENDED = 1 << 3,	/* x */
	RX_ANCHORED = 1 << 4,	/* a match starts where matching starts */
};

struct rx;
struct rx_scratch;

/* Compiles pattern. On error returns NULL, writes PCRE2's message into
 * errbuf and the 0-based byte offset of the error into *erroff.
 * Caller frees with rx_free(). */
struct rx *rx_compile(const char *pattern, size_t len, unsigned flags,
    char *errbuf, size_t errsize, size_t *erroff);
/* JIT-compiles; returns 0, or -1 when JIT is unavailable (matching then
 * still works, interpreted). Worth it only for long-running batches. */
int rx_jit(struct rx *r);
/* JIT-compiles r when it has been matched n times (n > 0): a pattern
 * that a run needs often pays for its JIT, one it never or seldom needs
 * (another language's) costs nothing more. */
void rx_jit_after(struct rx *r, unsigned n);
void rx_free(struct rx **r);	/* NULL-safe */
/* The source of r as compiled (NUL-terminated) and its flags. */
const char *rx_pattern(const struct rx *r, size_t *len, unsigned *flags);

/* Match state with bounded resources: a match limit (backtracking steps)
 * and a JIT stack of at most jit_stack_max bytes. One per thread. */
struct rx_scratch *rx_scratch_new(unsigned long match_limit,
    size_t jit_stack_max);
void rx_scratch_free(struct rx_scratch **s);

/* Matches subject[start..len). subject must be valid UTF-8 (validated
 * once by the caller; no check is repeated here).
 * Returns 1 and the match offsets, 0 for no match, -1 when a limit was
 * hit or matching failed (errbuf says which): not a "no". */
int rx_match(const struct rx *r, struct rx_scratch *s, const char *subject,
    size_t len, size_t start, size_t *mstart, size_t *mend, char *errbuf,
    size_t errsize);

/* A cache of compiled patterns in a file, for processes that handle one
 * message each: rx_compile() then takes a pattern compiled by an earlier
 * process instead of compiling it again (the same source and flags give
 * the same code), and rx_cache_close(1) writes the file anew when this
 * process compiled something it did not have (rx_cache_close(0): not,
 * for a process that stopped before it may write anything). key names the program's
 * build (a file of another build is not read). The file is read only
 * when it belongs to the user the process runs as and only that user may
 * write it (else it is neither read nor written); a missing or broken
 * file, or one of another build, is as if empty, and replaced at close. Not for threads: a process opens it, compiles,
 * closes it. rx_cache_open() returns 0, or -1 when the file could not be
 * used (it will be written anew); rx_cache_close() 0, or -1 when it
 * could not be written. */
struct rx_cache_stats {
	unsigned long hits;	/* patterns taken from the file */
	unsigned long misses;	/* compiled here */
	int refused;		/* the file was broken or of another build */
	int foreign;		/* the file is not ours alone: left alone */
};
int rx_cache_open(const char *path, const char *key);
int rx_cache_close(int write);
void rx_cache_stats(struct rx_cache_stats *out);

/* 1 when text is valid UTF-8, else 0. */
int rx_utf8_valid(const char *text, size_t len);

/* Literal prefilter (rx-lit.c): the strings patterns cannot match
 * without, looked for once per subject. A pattern whose strings are
 * absent cannot match, so it need not run. */
struct rx_litset;
struct rx_litscan;

struct rx_litset *rx_litset_new(void);	/* Caller frees. */
void rx_litset_free(struct rx_litset **ls);	/* NULL-safe */
/* Registers the strings r needs. Returns a handle for
 * rx_litset_check(), or -1 when r needs none that are known (it must
 * always run). */
int rx_litset_add(struct rx_litset *ls, const struct rx *r);
/* The same for a pattern not compiled yet: its source and enum
 * rx_flags. */
int rx_litset_add_src(struct rx_litset *ls, const char *pat, size_t len,
    unsigned flags);
/* Looks for every string of ls in text[0..len) once. Builds the index
 * on first use and takes the memory of a scan given back with
 * rx_litset_done(): not thread-safe. Caller frees with rx_litset_done()
 * (before ls is freed) or rx_litscan_free(). */
struct rx_litscan *rx_litset_scan(struct rx_litset *ls, const char *text,
    size_t len);
/* Gives sc (a scan of ls) back to ls for a later scan; sets *sc to
 * NULL. NULL-safe. */
void rx_litset_done(struct rx_litset *ls, struct rx_litscan **sc);
void rx_litscan_free(struct rx_litscan **sc);	/* NULL-safe */
/* 0 when the pattern of handle h cannot match the text sc was made
 * from; else 1 and *start, an offset before which no match starts
 * (0 when not known). Always 1 and 0 for h -1. */
int rx_litset_check(const struct rx_litset *ls, int h,
    const struct rx_litscan *sc, size_t *start);

#endif
