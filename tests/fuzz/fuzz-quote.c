/* quote_split over arbitrary text: all three parts are set, and valid
 * UTF-8 in gives valid UTF-8 out. */
#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"
#include "quote.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct quote_parts qp;
	char *text;
	int utf8;

	if (size > 512 * 1024)
		return 0;
	if ((text = malloc(size + 1)) == NULL)
		abort();
	memcpy(text, data, size);
	text[size] = '\0';
	utf8 = fuzz_utf8_valid(text, strlen(text));
	/* odd sizes read the text as a forward ("FW:" subject) */
	quote_split(text, (size & 1) ? "FW: A" : NULL, "A B", "a@b.example",
	    &qp);
	if (qp.body == NULL || qp.quoted == NULL || qp.signature == NULL ||
	    qp.own == NULL)
		abort();
	if (strlen(qp.own) > strlen(qp.quoted))
		abort();	/* the sender's words are part of the quotes */
	if (utf8) {
		fuzz_check_text("body", qp.body, -1);
		fuzz_check_text("quoted", qp.quoted, -1);
		fuzz_check_text("signature", qp.signature, -1);
		fuzz_check_text("own", qp.own, -1);
	}
	if (strlen(qp.body) + strlen(qp.quoted) + strlen(qp.signature) >
	    2 * strlen(text) + 16)
		abort();	/* splitting does not invent text */
	quote_parts_clear(&qp);
	if (qp.body != NULL || qp.quoted != NULL || qp.signature != NULL ||
	    qp.own != NULL)
		abort();
	free(text);
	return 0;
}
