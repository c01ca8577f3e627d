/* libFuzzer harness: text parsers that see outside data — ID numbers,
 * Unicode folding, address lookup in the administrative units. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "idnum.h"
#include "units.h"
#include "vntext.h"

static lr_units *units;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *p = getenv("LANDREC_UNITS");
	lr_err err;

	(void)argc, (void)argv;
	units = lr_units_load(p ? p : "../shared/data/admin-units-2025-03.csv",
	    &err);
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
	if ((f = lr_ascii(s)) != NULL)
		free(f);
	lr_utf8_clean(s, size);
	if (units != NULL && lr_utf8_clean(s, strlen(s)))
		lr_units_find(units, s, "11", &amb);
	free(s);
	return 0;
}
