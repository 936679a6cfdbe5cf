/* A tier list file with arbitrary bytes, then lookups: no crash, no
 * leak. The first line, with an '@' in front, is looked up as well. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "conf.h"
#include "diag.h"
#include "fuzz-common.h"
#include "tier.h"

#define die(...) do { fprintf(stderr, "fuzz-tier: " __VA_ARGS__); \
	fputc('\n', stderr); abort(); } while (0)

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const addrs[] = { "user@example.com",
	    "a@b.sub.example.com", "@", "x@", "no-at-sign", "" };
	struct diag *d = diag_new();
	struct conf *c = NULL;
	struct tier_table *t = NULL;
	char addr[300];
	size_t n;

	if (size > 256 * 1024)
		return 0;
	if (conf_load(NULL, d, &c) != 0)
		die("no default config");
	c->tier_list[TIER_VIP] = g_strdup(fuzz_write_file(fuzz_tmpdir(),
	    "vip.list", data, size));
	if (tier_table_load(c, d, &t) == 0) {
		for (size_t i = 0; i < sizeof(addrs) / sizeof(addrs[0]); i++)
			if ((unsigned)tier_lookup(t, addrs[i]) >= TIER_COUNT)
				die("bad tier");
		const uint8_t *nl = memchr(data, '\n', size);

		n = nl != NULL ? (size_t)(nl - data) : size;
		if (n > sizeof(addr) - 3)
			n = sizeof(addr) - 3;
		addr[0] = 'u';
		addr[1] = '@';
		memcpy(addr + 2, data, n);
		addr[n + 2] = '\0';
		if ((unsigned)tier_lookup(t, addr) >= TIER_COUNT)
			die("bad tier");
		if (tier_table_size(t) > size)
			die("more entries than bytes");
	} else if (t != NULL || diag_count(d, DIAG_ERROR) == 0)
		die("failed, but returned a table or no error");
	tier_table_free(&t);
	conf_free(&c);
	diag_free(&d);
	return 0;
}
