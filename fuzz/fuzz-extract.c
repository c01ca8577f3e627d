/* libFuzzer harness: field extraction from OCR text (no Tesseract): the
 * input, split into pages at form feeds, goes through the label matcher,
 * the typed parsers (numbers, dates, IDs, names, areas, codes) and the
 * document reader. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "text/text.h"

static lr_extractor *x;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *dir = getenv("LANDREC_SCHEMAS");
	lr_err err;

	(void)argc, (void)argv;
	x = lr_extractor_new(dir ? dir : "schemas", NULL, &err);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1), *pages[8], *p;
	int n = 0;
	json_t *out;
	lr_err err;

	if (text == NULL || x == NULL) {
		free(text);
		return 0;
	}
	memcpy(text, data, size);
	text[size] = '\0';
	if (!lr_utf8_clean(text, strlen(text))) {
		free(text);
		return 0;
	}
	for (p = text; n < 8 && p != NULL; n++) {
		pages[n] = p;
		if ((p = strchr(p, '\f')) != NULL)
			*p++ = '\0';
	}
	out = lr_extract_text(x, (const char *const *)pages, n, 0.9, &err);
	json_decref(out);
	free(text);
	return 0;
}
