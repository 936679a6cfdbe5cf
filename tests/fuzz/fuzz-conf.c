/* conf_load on an arbitrary config file: no crash, no leak, errors
 * reported through the diag, and a failed load returns nothing. */
#include <stdio.h>
#include <stdlib.h>

#include "conf.h"
#include "diag.h"
#include "fuzz-common.h"

#define die(...) do { fprintf(stderr, "fuzz-conf: " __VA_ARGS__); \
	fputc('\n', stderr); abort(); } while (0)

/* Read by ASan in sanitizer builds (unused otherwise). GLib has no frame
 * pointers, so the fast unwinder stops at g_malloc and the suppression in
 * fuzz-common.c could not see g_time_zone_new_identifier. */
const char *__asan_default_options(void);

const char *
__asan_default_options(void)
{
	return "fast_unwind_on_malloc=0";
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag *d = diag_new();
	struct conf *c = NULL;
	const char *path;

	if (size > 256 * 1024)
		return 0;
	path = fuzz_write_file(fuzz_tmpdir(), "mailtriage.conf", data, size);
	if (conf_load(path, d, &c) == 0) {
		if (c == NULL || c->maildir == NULL || c->ledger == NULL)
			die("loaded, but incomplete");
		if (diag_count(d, DIAG_ERROR) != 0)
			die("loaded despite errors");
	} else if (c != NULL || diag_count(d, DIAG_ERROR) == 0)
		die("failed, but returned a config or no error");
	conf_free(&c);
	diag_free(&d);
	return 0;
}
