/* libFuzzer harness: the CSV reader (registry, units, cadastre files). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <unistd.h>

#include "csvfile.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[] = "/tmp/fuzz-csv-XXXXXX", **f;
	lr_csv *c;
	lr_err err;
	int fd, n;

	if ((fd = mkstemp(path)) < 0)
		return 0;
	if (write(fd, data, size) != (ssize_t)size) {
		close(fd);
		unlink(path);
		return 0;
	}
	close(fd);
	if ((c = lr_csv_open(path, ',', &err)) != NULL) {
		while ((n = lr_csv_next(c, &f, &err)) > 0)
			lr_csv_column(f, n, "citizen_id");
		lr_csv_close(c);
	}
	unlink(path);
	return 0;
}
