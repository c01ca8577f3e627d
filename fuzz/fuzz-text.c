/* libFuzzer harness: text parsers that see outside data — ID numbers,
 * Unicode folding and case, address lookup in the administrative units,
 * marks restored from known phrases in OCR words. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text/text.h"
#include "ocr/ocr.h"

static lr_units *units;
static lr_lexicon *lexicon;

/* The words of s (split at spaces, lines at newlines) as a page, restored
 * from the lexicon. */
static void
restore(const char *s)
{
	lr_doc_words *d = lr_words_new();
	lr_page_words *p = d ? lr_words_add_page(d, 1, 100, 100) : NULL;
	char *copy = strdup(s), *save = NULL;

	for (char *l = copy && p ? strtok_r(copy, "\n", &save) : NULL;
	    l != NULL; l = strtok_r(NULL, "\n", &save)) {
		lr_line *ln = lr_words_add_line(p, 0, 0, 1, 1);
		char *ws = NULL;
		for (char *w = ln ? strtok_r(l, " ", &ws) : NULL; w != NULL;
		    w = strtok_r(NULL, " ", &ws))
			lr_words_add_word(ln, w, 90, 0, 0, 1, 1);
	}
	if (p != NULL)
		lr_lexicon_restore(lexicon, p);
	free(copy);
	lr_words_free(d);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *p = getenv("LANDREC_UNITS");
	lr_err err;

	(void)argc, (void)argv;
	units = lr_units_load(p ? p : "data/admin-units.csv",
	    &err);
	if ((lexicon = lr_lexicon_new()) != NULL) {
		lr_lexicon_add(lexicon, "ủy ban nhân dân");
		lr_lexicon_add(lexicon, "năm sinh");
		lr_lexicon_add(lexicon, "Xã Tân Lập");
		lr_lexicon_add(lexicon, "Xã Tân Lạp");
		if (units != NULL)
			lr_lexicon_add_units(lexicon, units);
		lr_lexicon_finish(lexicon);
	}
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1), *f, id[13], mask[32];
	int rep, amb;

	if (s == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	if (lr_id_read(s, id, &rep) != LR_ID_BAD) {
		lr_id_check(id, 1980, 'M');
		lr_id_mask(id, mask, sizeof(mask));
	}
	free(lr_nfc(s));
	free(lr_toneless(s));
	free(lr_title(s));
	free(lr_case_as(s, s + size / 2));
	lr_case_of(s);
	if ((f = lr_ascii(s)) != NULL)
		free(f);
	lr_utf8_clean(s, size);
	if (units != NULL && lr_utf8_clean(s, strlen(s)))
		lr_units_find(units, s, "11", LR_ERA_ANY, &amb);
	if (lexicon != NULL && lr_utf8_clean(s, strlen(s)))
		restore(s);
	free(s);
	return 0;
}
