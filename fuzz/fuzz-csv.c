/* libFuzzer harness: the CSV reader (registry, units, cadastre files), with
 * the encoding guessed as for a registry extract. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

#include "text/text.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const want[] = { "citizen_id", "full_name" };
	char path[] = "/tmp/fuzz-csv-XXXXXX", **f;
	enum lr_csv_read rd;
	int fd, idx[2];
	lr_csvin *c;
	lr_err err;
	size_t n;
	long line;

	if ((fd = mkstemp(path)) < 0)
		return 0;
	if (write(fd, data, size) == (ssize_t)size &&
	    (c = lr_csvin_open(path, "auto", &err)) != NULL) {
		if (lr_csvin_next(c, &f, &n, &line, &err) == LR_CSV_ROW)
			lr_csv_columns(f, n, want, 2, 1, idx, &err);
		while ((rd = lr_csvin_next(c, &f, &n, &line, &err)) ==
		    LR_CSV_ROW || rd == LR_CSV_BAD)
			;
		lr_csvin_close(c);
	}
	close(fd);
	unlink(path);
	return 0;
}
