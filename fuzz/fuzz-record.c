/* libFuzzer harness: the record-stream line reader and writer. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "record/record.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FILE *in = fmemopen((void *)data, size, "r"), *out;
	enum lr_read st;
	lr_reader *r;
	json_t *rec;
	lr_err err;

	if (in == NULL || (out = fopen("/dev/null", "w")) == NULL) {
		if (in != NULL)
			fclose(in);
		return 0;
	}
	r = lr_reader_new(in);
	while ((st = lr_reader_next(r, &rec, &err)) != LR_READ_EOF &&
	    st != LR_READ_IOERR) {
		if (st == LR_READ_OK) {
			lr_record_write(out, rec, &err);
			lr_record_id(rec);
			json_decref(rec);
		}
	}
	lr_reader_free(r);
	fclose(in);
	fclose(out);
	return 0;
}
