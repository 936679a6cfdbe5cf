/* The filter file parser on arbitrary bytes. The input is the shipped
 * x.rules; after a form feed line ("\f\n"), the rest is the same class's
 * local overlay, so that disable, replacement and threshold overrides are
 * reached too. Any input: no crash, no leak, and a loaded set is sane. */
#define _GNU_SOURCE	/* memmem */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "diag.h"
#include "filter.h"
#include "fuzz-common.h"

#define die(...) do { fprintf(stderr, "fuzz-filter: " __VA_ARGS__); \
	fputc('\n', stderr); abort(); } while (0)

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char shipped[4096], local[4096];
	const uint8_t *sep;
	size_t n1 = size;
	struct diag *d;
	struct filter_set *fs = NULL;
	int rc;

	if (size > 256 * 1024)
		return 0;
	if (shipped[0] == '\0') {
		snprintf(shipped, sizeof(shipped), "%s/shipped", fuzz_tmpdir());
		snprintf(local, sizeof(local), "%s/local", fuzz_tmpdir());
		if (mkdir(shipped, 0700) != 0 || mkdir(local, 0700) != 0)
			die("mkdir");
	}
	sep = memmem(data, size, "\f\n", 2);
	if (sep != NULL)
		n1 = (size_t)(sep - data);
	fuzz_write_file(shipped, "x.rules", data, n1);
	if (sep != NULL)
		fuzz_write_file(local, "x.rules", sep + 2,
		    size - n1 - 2);
	else
		fuzz_write_file(local, "x.rules", (const uint8_t *)"", 0);

	if ((d = diag_new()) == NULL)
		die("diag_new");
	rc = filter_set_load(shipped, local, 0, d, &fs);
	if (rc == 0) {
		size_t nr = 0;

		if (fs == NULL)
			die("loaded, but no set");
		for (size_t c = 0; c < filter_set_nclasses(fs); c++) {
			const char *name = filter_class_name(fs, c);

			if (name == NULL || filter_class_find(fs, name) !=
			    (int)c)
				die("class %zu has no usable name", c);
			(void)filter_class_threshold(fs, c);
			for (size_t r = 0; r < filter_class_nrules(fs, c); r++)
				if (filter_rule_id(fs, c, r) == NULL)
					die("rule %zu/%zu has no id", c, r);
			if (filter_rule_id(fs, c, filter_class_nrules(fs, c))
			    != NULL)
				die("rule id past the end");
			nr += filter_class_nrules(fs, c);
		}
		if (nr != filter_set_nrules(fs))
			die("rule counts disagree");
		if (diag_count(d, DIAG_ERROR) != 0)
			die("loaded despite errors");
	} else {
		if (fs != NULL)
			die("failed, but returned a set");
		if (diag_count(d, DIAG_ERROR) == 0)
			die("failed without an error");
	}
	for (size_t i = 0; i < diag_len(d); i++)
		if (diag_text(d, i) == NULL)
			die("diag %zu is NULL", i);
	filter_set_free(&fs);
	diag_free(&d);
	return 0;
}
