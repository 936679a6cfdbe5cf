/* Helpers shared by the fuzz targets: a strict UTF-8 check that does not
 * trust GLib (the code under test uses it), and a per-process scratch
 * directory for targets whose parser reads files. */
#ifndef FUZZ_COMMON_H
#define FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* 1 when s[0..n) is well-formed UTF-8 (RFC 3629: no overlong forms, no
 * surrogates, nothing above U+10FFFF). */
int fuzz_utf8_valid(const char *s, size_t n);

/* abort()s unless s is NUL-terminated valid UTF-8 of length n (n: -1 to
 * skip the length check), so that libFuzzer reports the input. */
void fuzz_check_text(const char *what, const char *s, long n);

/* A directory made once per process and removed at exit. */
const char *fuzz_tmpdir(void);

/* Writes data to dir/name (replacing it); returns the path (static
 * buffer, overwritten by the next call) or aborts. */
const char *fuzz_write_file(const char *dir, const char *name,
    const uint8_t *data, size_t size);

#endif
