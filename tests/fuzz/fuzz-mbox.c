/* The mbox splitter over arbitrary bytes: every message lies inside the
 * buffer, in order and without overlap, the iterator always moves on,
 * mbox_count agrees, and unescaping removes exactly one '>' per quoted
 * From line and nothing else. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"
#include "mbox.h"

#define die(...) do { fprintf(stderr, "fuzz-mbox: " __VA_ARGS__); \
	fputc('\n', stderr); abort(); } while (0)

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *buf = (const char *)data, *msg, *from, *prev_end = buf;
	struct mbox_iter it;
	size_t len, count = 0, pos;

	mbox_iter_init(&it, buf, size);
	for (;;) {
		char *un;
		size_t unlen;
		int quoted;

		pos = it.pos;
		if (!mbox_next(&it, &msg, &len, &from))
			break;
		count++;
		if (it.pos <= pos || it.pos > size)
			die("iterator did not move on (%zu -> %zu)", pos,
			    it.pos);
		if (msg < prev_end || msg + len > buf + size)
			die("message outside the buffer or overlapping");
		if (from != NULL && (from < prev_end || from >= msg ||
		    memcmp(from, "From ", 5) != 0))
			die("bad From_ line");
		prev_end = msg + len;

		quoted = mbox_is_quoted(msg, len);
		if ((un = mbox_unescape(msg, len, &unlen)) == NULL)
			die("mbox_unescape returned NULL");
		if (un[unlen] != '\0' || unlen > len)
			die("bad unescape length");
		if (!quoted && (unlen != len || memcmp(un, msg, len) != 0))
			die("unescape changed an unquoted message");
		if (quoted && unlen == len)
			die("quoted, but unescape removed nothing");
		free(un);
	}
	if (count != it.n || count != mbox_count(buf, size))
		die("mbox_count disagrees");
	if (count > size + 1)
		die("more messages than bytes");
	return 0;
}
