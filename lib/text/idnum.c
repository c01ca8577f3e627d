/* Personal ID numbers: reading with OCR repair, structure, masking. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "idnum.h"

/* The digit an OCR'd character most likely is, or -1. */
static int
digit_of(unsigned char c, int *repaired)
{
	static const char *from = "OoDQUlIi|!ZzSsGbBgq";
	static const char *to = "0000011111225566899";
	const char *p;

	*repaired = 0;
	if (isdigit(c))
		return c - '0';
	if (c == 0 || (p = strchr(from, c)) == NULL)
		return -1;
	*repaired = 1;
	return to[p - from] - '0';
}

enum lr_id_kind
lr_id_read(const char *s, char out[13], int *repairs)
{
	int n = 0, r, d, fixed = 0;

	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == ' ' || c == '.' || c == '-' || c == '\t')
			continue;
		if ((d = digit_of(c, &r)) < 0 || n == 12)
			return LR_ID_BAD;
		out[n++] = (char)('0' + d);
		fixed += r;
	}
	out[n] = '\0';
	if (repairs != NULL)
		*repairs = fixed;
	/* A word that is mostly letters is no number, whatever the repairs. */
	if (fixed * 3 > n)
		return LR_ID_BAD;
	return n == 12 ? LR_ID_CCCD : n == 9 ? LR_ID_CMND : LR_ID_BAD;
}

static int
all_digits(const char *s, size_t n)
{
	if (strlen(s) != n)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return 0;
	return 1;
}

int
lr_id_parts_of(const char *id, lr_id_parts *p)
{
	int g, yy;

	if (!all_digits(id, 12) || id[0] != '0')
		return -1;
	p->province = (id[1] - '0') * 10 + (id[2] - '0');
	if (p->province < 1 || p->province > 96)
		return -1;
	g = id[3] - '0';
	yy = (id[4] - '0') * 10 + (id[5] - '0');
	p->sex = g % 2 == 0 ? 'M' : 'F';
	/* 0/1: 1900s, 2/3: 2000s, 4/5: 2100s, 6/7: 2200s, 8/9: 2300s */
	p->year = 1900 + (g / 2) * 100 + yy;
	return 0;
}

int
lr_id_check(const char *id, int birth_year, int sex)
{
	lr_id_parts p;
	int bad = 0;

	if (lr_id_parts_of(id, &p) != 0)
		return LR_ID_MALFORMED;
	if (birth_year > 0 && p.year != birth_year)
		bad |= LR_ID_YEAR_DIFFERS;
	if ((sex == 'M' || sex == 'F') && p.sex != sex)
		bad |= LR_ID_SEX_DIFFERS;
	return bad;
}

void
lr_id_mask(const char *id, char *out, size_t n)
{
	size_t len = strlen(id);

	if (n == 0)
		return;
	if (len <= 6) {
		snprintf(out, n, "%.*s", (int)len, "************");
		return;
	}
	snprintf(out, n, "%.3s%.*s%s", id, (int)(len - 6), "************",
	    id + len - 3);
}

const char *
lr_id_shown(const char *id, int show, char *buf, size_t n)
{
	if (show)
		return id;
	lr_id_mask(id, buf, n);
	return buf;
}
