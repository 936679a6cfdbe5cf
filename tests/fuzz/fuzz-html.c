/* html_to_text over arbitrary bytes (not NUL-terminated: the buffer is
 * exactly size bytes, so ASan sees any over-read). When the input is
 * valid UTF-8, as html.h requires, the output must be too. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"
#include "html.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text;

	if (size > 512 * 1024)
		return 0;
	if ((text = html_to_text((const char *)data, size)) == NULL)
		abort();
	if (fuzz_utf8_valid((const char *)data, size) &&
	    memchr(data, '\0', size) == NULL)
		fuzz_check_text("html_to_text output", text, -1);
	free(text);
	return 0;
}
