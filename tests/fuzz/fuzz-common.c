/* See fuzz-common.h. */
#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz-common.h"

int
fuzz_utf8_valid(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;

	while (i < n) {
		unsigned c = s[i], need, min, cp;

		if (c < 0x80) {
			i++;
			continue;
		} else if (c >= 0xc2 && c <= 0xdf) {
			need = 1;
			min = 0x80;
			cp = c & 0x1f;
		} else if (c >= 0xe0 && c <= 0xef) {
			need = 2;
			min = 0x800;
			cp = c & 0x0f;
		} else if (c >= 0xf0 && c <= 0xf4) {
			need = 3;
			min = 0x10000;
			cp = c & 0x07;
		} else
			return 0;
		if (n - i <= need)
			return 0;
		for (unsigned k = 1; k <= need; k++) {
			if ((s[i + k] & 0xc0) != 0x80)
				return 0;
			cp = cp << 6 | (s[i + k] & 0x3f);
		}
		if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
			return 0;
		i += need + 1;
	}
	return 1;
}

void
fuzz_check_text(const char *what, const char *s, long n)
{
	size_t len;

	if (s == NULL) {
		fprintf(stderr, "fuzz: %s is NULL\n", what);
		abort();
	}
	len = strlen(s);
	if (n >= 0 && len != (size_t)n) {
		fprintf(stderr, "fuzz: %s: length %ld but strlen %zu\n", what,
		    n, len);
		abort();
	}
	if (!fuzz_utf8_valid(s, len)) {
		fprintf(stderr, "fuzz: %s is not valid UTF-8\n", what);
		abort();
	}
}

static char fuzz_dir[PATH_MAX];

static void
fuzz_cleanup(void)
{
	DIR *dp;
	struct dirent *de;
	char path[PATH_MAX + 256];

	if (fuzz_dir[0] == '\0')
		return;
	/* One level of subdirectories is all the targets make. */
	if ((dp = opendir(fuzz_dir)) != NULL) {
		while ((de = readdir(dp)) != NULL) {
			DIR *sub;
			struct dirent *se;

			if (de->d_name[0] == '.')
				continue;
			snprintf(path, sizeof(path), "%s/%s", fuzz_dir,
			    de->d_name);
			if ((sub = opendir(path)) != NULL) {
				while ((se = readdir(sub)) != NULL) {
					char p2[PATH_MAX + 512];

					if (se->d_name[0] == '.')
						continue;
					snprintf(p2, sizeof(p2), "%s/%s", path,
					    se->d_name);
					unlink(p2);
				}
				closedir(sub);
				rmdir(path);
			} else
				unlink(path);
		}
		closedir(dp);
	}
	rmdir(fuzz_dir);
}

const char *
fuzz_tmpdir(void)
{
	const char *t;

	if (fuzz_dir[0] != '\0')
		return fuzz_dir;
	if ((t = getenv("TMPDIR")) == NULL || *t == '\0')
		t = "/tmp";
	snprintf(fuzz_dir, sizeof(fuzz_dir), "%s/mtfuzz.XXXXXX", t);
	if (mkdtemp(fuzz_dir) == NULL) {
		perror("fuzz: mkdtemp");
		abort();
	}
	atexit(fuzz_cleanup);
	return fuzz_dir;
}

const char *
fuzz_write_file(const char *dir, const char *name, const uint8_t *data,
    size_t size)
{
	static char path[PATH_MAX + 256];
	FILE *fp;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	if ((fp = fopen(path, "wb")) == NULL ||
	    (size > 0 && fwrite(data, 1, size, fp) != size) ||
	    fclose(fp) != 0) {
		perror(path);
		abort();
	}
	return path;
}

/* Read by LeakSanitizer in sanitizer builds (unused otherwise): leaks
 * inside libraries we cannot fix. GLib 2.74 leaks the identifier when
 * g_time_zone_new_identifier() is given a path that is not a TZif file
 * (conf.c checks timezone = /some/path that way). */
const char *__lsan_default_suppressions(void);

const char *
__lsan_default_suppressions(void)
{
	return "leak:g_time_zone_new_identifier\n";
}
