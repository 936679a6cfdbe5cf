/* msg_parse over arbitrary bytes, then every accessor. Beyond memory
 * errors it checks msg.h's promises without trusting msg.c: zone text is
 * NUL-terminated valid UTF-8 of the reported length, decoded headers and
 * ids are valid UTF-8, the sender address is lower-cased. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"
#include "msg.h"

/* Keeps runs fast; GMime's own cost grows with nesting, not size. */
#define FUZZ_MSG_MAX	(256 * 1024)

static void
check_opt(const char *what, const char *s)
{
	if (s != NULL)
		fuzz_check_text(what, s, -1);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const hdrs[] = { "subject", "From", "TO", "date",
	    "content-type", "x-customer-tier", "message-id", "references",
	    "in-reply-to", "reply-to", "received", "" };
	struct msg *m;
	const char *const *refs;
	size_t n, len;

	if (size > FUZZ_MSG_MAX)
		return 0;
	if ((m = msg_parse((const char *)data, size)) == NULL)
		abort();	/* only for raw == NULL */
	for (int z = 0; z < ZONE_COUNT; z++) {
		const char *t = msg_zone_text(m, (enum msg_zone)z, &len);

		fuzz_check_text(msg_zone_name((enum msg_zone)z), t, (long)len);
		if (msg_zone_parse(msg_zone_name((enum msg_zone)z)) != z)
			abort();
	}
	check_opt("error", msg_error(m));
	for (size_t i = 0; i < sizeof(hdrs) / sizeof(hdrs[0]); i++)
		check_opt(hdrs[i], msg_header(m, hdrs[i]));
	check_opt("message-id", msg_message_id(m));
	check_opt("from name", msg_from_name(m));
	check_opt("in-reply-to", msg_in_reply_to(m));
	check_opt("from addr", msg_from_addr(m));
	if (msg_from_addr(m) != NULL)
		for (const char *p = msg_from_addr(m); *p != '\0'; p++)
			if (*p >= 'A' && *p <= 'Z') {
				fprintf(stderr, "fuzz: from addr not lower "
				    "case\n");
				abort();
			}
	refs = msg_references(m, &n);
	if ((refs == NULL) != (n == 0))
		abort();
	for (size_t i = 0; i < n; i++)
		fuzz_check_text("reference", refs[i], -1);
	(void)msg_date(m);
	msg_free(&m);
	if (m != NULL)
		abort();
	return 0;
}
