/* Unit tests of lib/text/adminunits.c: finding communes in addresses. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <utf8proc.h>

#include "text/text.h"

static lr_units *u;

static int
setup(void **state)
{
	const char *top = getenv("LANDREC_TOP");
	char p1[4096], p2[4096];
	lr_err err;

	(void)state;
	snprintf(p1, sizeof(p1), "%s/data/admin-units.csv",
	    top ? top : ".");
	snprintf(p2, sizeof(p2), "%s/data/commune-map.csv",
	    top ? top : ".");
	if ((u = lr_units_load(p1, &err)) == NULL ||
	    lr_units_load_map(u, p2, &err) != 0) {
		fprintf(stderr, "%s\n", err.msg);
		return -1;
	}
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	lr_units_free(u);
	return 0;
}

static const char *
find(const char *addr, int *amb)
{
	return lr_units_find(u, addr, "11", LR_ERA_ANY, amb);
}

static void
finds_old_commune_with_district(void **state)
{
	int amb;
	const char *c, *name, *d, *p;

	(void)state;
	c = find("bản Co Mận, xã Mường Phăng, huyện Điện Biên, tỉnh Điện Biên",
	    &amb);
	assert_non_null(c);
	assert_int_equal(lr_units_names(u, c, LR_ERA_OLD, &name, &d, &p), 0);
	assert_string_equal(name, "Xã Mường Phăng");
	assert_non_null(d);
}

static void
survives_lost_tone_marks_and_no_commas(void **state)
{
	int amb;
	const char *a = find("xã Mường Phăng, huyện Điện Biên", &amb);
	const char *b = find("xa Muong Phang huyen Dien Bien tinh Dien Bien",
	    &amb);

	(void)state;
	assert_non_null(a);
	assert_non_null(b);
	assert_string_equal(a, b);
}

/* A village ("bản Lọng") is no commune, though one be named so ("Bàn
 * Long", Tiền Giang); a commune whose name starts with a village word is
 * still found ("xã Bản Máy", "XÃ BẢN MÁY"). */
static void
village_is_no_commune(void **state)
{
	int amb;
	const char *c;

	(void)state;
	assert_null(lr_units_find(u, "bản Lọng", NULL, LR_ERA_ANY, &amb));
	assert_int_equal(amb, 0);
	assert_string_equal(lr_units_find(u, "Xã Bàn Long, tỉnh Tiền Giang",
	    NULL, LR_ERA_ANY, &amb), "28573");
	assert_non_null(c = lr_units_find(u, "thôn Na, xã Bản Máy, huyện "
	    "Hoàng Su Phì", NULL, LR_ERA_OLD, &amb));
	assert_string_equal(c, "01024");
	assert_non_null(c = lr_units_find(u, "XÃ BẢN MÁY, HUYỆN HOÀNG SU PHÌ",
	    NULL, LR_ERA_OLD, &amb));
	assert_string_equal(c, "01024");
}

static void
unknown_commune_is_null(void **state)
{
	int amb;

	(void)state;
	assert_null(find("xã Không Có Thật, huyện Đâu Đó", &amb));
	assert_int_equal(amb, 0);
}

/* A name with a syllable spelt like a type word ("Xả" like "xã") is not
 * split there; a type word in small letters is ("... Phăng huyện ..."). */
static void
type_word_inside_a_name(void **state)
{
	int amb;
	const char *c = find("bản Lói, xã Lao Xả Phình, huyện Tủa Chùa", &amb);

	(void)state;
	assert_non_null(c);
	assert_string_equal(c, "03229");
	assert_non_null(find("xã Mường Phăng huyện Điện Biên", &amb));
}

/* The eth OCR reads for Đ ("Ðun") folds as Đ. */
static void
eth_is_d(void **state)
{
	int amb;
	const char *c = find("xã Mường Ðun, huyện Tủa Chùa", &amb);

	(void)state;
	assert_non_null(c);
	assert_string_equal(c, "03247");
}

/* The names of the units within a unit, each once. */
static void
names_within(void **state)
{
	const char *out[64];
	int n = lr_units_names_in(u, LR_UNIT_DISTRICT, LR_ERA_OLD,
	    "Tỉnh Điện Biên", NULL, out, 64), ang = 0;

	(void)state;
	assert_int_equal(n, 10);
	for (int i = 0; i < n; i++)
		ang += strcmp(out[i], "Huyện Mường Ảng") == 0;
	assert_int_equal(ang, 1);
	assert_int_equal(lr_units_names_in(u, LR_UNIT_COMMUNE, LR_ERA_OLD,
	    NULL, "Huyện Tủa Chùa", out, 4), 5);
}

static int
by_text(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* All the country's commune names, each once, and max + 1 when they do not
 * fit, the same however many there are. */
static void
all_names_once(void **state)
{
	enum { MAX = 40000 };
	const char **out = malloc(MAX * sizeof(*out)), **again;
	int n = lr_units_names_in(u, LR_UNIT_COMMUNE, LR_ERA_ANY, NULL, NULL,
	    out, MAX);

	(void)state;
	assert_true(n > 1000 && n < MAX);
	again = malloc((size_t)n * sizeof(*again));
	assert_int_equal(lr_units_names_in(u, LR_UNIT_COMMUNE, LR_ERA_ANY,
	    NULL, NULL, again, n), n);
	assert_int_equal(lr_units_names_in(u, LR_UNIT_COMMUNE, LR_ERA_ANY,
	    NULL, NULL, again, n - 1), n);
	qsort(out, (size_t)n, sizeof(*out), by_text);
	for (int i = 1; i < n; i++)
		assert_true(strcmp(out[i - 1], out[i]) != 0);
	free(again);
	free(out);
}

static void
maps_old_to_new(void **state)
{
	int amb;
	const char *c = find("xã Mường Phăng, huyện Điện Biên", &amb), *out[4];

	(void)state;
	assert_true(lr_units_current(u, c, out, 4) >= 1);
}

static void
new_commune_names_by_era(void **state)
{
	int amb;
	const char *c, *name, *d, *p;

	(void)state;
	c = lr_units_find(u, "Phường Điện Biên Phủ, tỉnh Điện Biên", "11",
	    LR_ERA_NEW, &amb);
	assert_non_null(c);
	assert_int_equal(lr_units_names(u, c, LR_ERA_NEW, &name, &d, &p), 0);
	assert_string_equal(name, "Phường Điện Biên Phủ");
	assert_null(d);
	assert_int_equal(lr_units_era("2025-07-01"), LR_ERA_NEW);
	assert_int_equal(lr_units_era("2019-08-12"), LR_ERA_OLD);
	assert_int_equal(lr_units_era(NULL), LR_ERA_ANY);
}

static void
same_name_everywhere_is_ambiguous(void **state)
{
	int amb;

	(void)state;
	assert_null(lr_units_find(u, "Thôn 3, xã Tân Thành", NULL, LR_ERA_OLD,
	    &amb));
	assert_true(amb > 10);
}

/* Xã Quảng Lâm of July 2025 is in Điện Biên (11) and in Cao Bằng (04):
 * both are listed; the province given picks one. */
static void
new_name_of_two_provinces(void **state)
{
	const char *c[4];
	int amb;

	(void)state;
	assert_int_equal(lr_units_find_all(u, "bản Lả Chả, xã Quảng Lâm",
	    NULL, LR_ERA_NEW, c, 4), 2);
	assert_true((strcmp(c[0], "03164") == 0 && strcmp(c[1], "01304") ==
	    0) || (strcmp(c[0], "01304") == 0 && strcmp(c[1], "03164") == 0));
	assert_null(lr_units_find(u, "xã Quảng Lâm", NULL, LR_ERA_NEW, &amb));
	assert_int_equal(amb, 2);
	assert_string_equal(lr_units_find(u, "xã Quảng Lâm", "11", LR_ERA_NEW,
	    &amb), "03164");
	assert_string_equal(lr_units_find(u, "xã Quảng Lâm", "04", LR_ERA_NEW,
	    &amb), "01304");
	assert_int_equal(lr_units_find_all(u, "Thôn 3, xã Tân Thành", NULL,
	    LR_ERA_OLD, c, 4) > 4, 1);
}

/* The provinces a personal ID's first three figures may name: those the
 * units list (Hà Nội 01, Điện Biên 11, Cà Mau 96), not the codes no
 * province has (03, 05, 97). */
static void
province_codes(void **state)
{
	static const int known[] = { 1, 11, 96 }, unknown[] = { 0, 3, 5, 97 };

	(void)state;
	for (size_t i = 0; i < sizeof(known) / sizeof(*known); i++)
		assert_true(lr_units_has_province(u, known[i]));
	for (size_t i = 0; i < sizeof(unknown) / sizeof(*unknown); i++)
		assert_false(lr_units_has_province(u, unknown[i]));
}

static void
bad_file_names_the_problem(void **state)
{
	lr_err err;

	(void)state;
	assert_null(lr_units_load("/nonexistent.csv", &err));
	assert_non_null(strstr(err.msg, "/nonexistent.csv"));
}

/* The one list of type words: the longest that fits, a space after it,
 * its level and its printed spelling. */
static void
type_words_looked_up(void **state)
{
	const lr_unit_word *t;

	(void)state;
	assert_non_null(t = lr_unit_type("dac khu van don"));
	assert_string_equal(t->printed, "đặc khu");
	assert_int_equal(t->level, LR_TYPE_COMMUNE);
	assert_non_null(t = lr_unit_type("to dan pho 3"));
	assert_string_equal(t->folded, "to dan pho");
	assert_int_equal(t->level, LR_TYPE_VILLAGE);
	assert_int_equal(lr_unit_type("thanh pho hue")->level, LR_TYPE_CITY);
	assert_int_equal(lr_unit_type("thi xa son tay")->level,
	    LR_TYPE_DISTRICT);
	assert_null(lr_unit_type("xa"));
	assert_null(lr_unit_type("xuan la"));
	assert_null(lr_unit_type(NULL));
}

/* lr_nfc(s) as utf8proc's NFC gives it, for s one code point c, alone
 * and with a combining acute after it. */
static void
nfc_of(utf8proc_int32_t c)
{
	utf8proc_uint8_t s[16], *want;
	utf8proc_ssize_t n = utf8proc_encode_char(c, s);

	for (int mark = 0; mark < 2; mark++) {
		s[n] = '\0';
		if (mark)
			s[n + utf8proc_encode_char(0x301, s + n)] = '\0';
		char *got = lr_nfc((const char *)s);
		assert_true(utf8proc_map(s, 0, &want, UTF8PROC_NULLTERM |
		    UTF8PROC_COMPOSE) >= 0);
		assert_non_null(got);
		assert_string_equal(got, (const char *)want);
		free(got), free(want);
	}
}

/* lr_nfc() leaves text of Latin and Vietnamese letters as it is without
 * asking utf8proc, and must give what utf8proc would: every code point
 * below U+0300 and of U+1E00..U+1EFF, the combining marks and Greek after
 * them, with a mark after each; invalid UTF-8 is NULL. */
static void
nfc_as_utf8proc(void **state)
{
	char *v;

	(void)state;
	for (utf8proc_int32_t c = 1; c < 0x400; c++)
		nfc_of(c);
	for (utf8proc_int32_t c = 0x1e00; c < 0x2000; c++)
		nfc_of(c);
	assert_string_equal(v = lr_nfc("Nguye\xcc\x82\xcc\x83n"), "Nguyễn");
	free(v);
	assert_null(lr_nfc("Nguy\xe1\xbb"));
}

/* lr_ascii() of the one code point c the long way: decomposed and
 * case-folded, marks dropped, đ (and ð) as d, composed again. */
static char *
ascii_of(utf8proc_int32_t c)
{
	utf8proc_uint8_t s[8], *nfd, *out, kept[64];
	utf8proc_int32_t d;
	utf8proc_ssize_t n, o = 0;

	s[utf8proc_encode_char(c, s)] = '\0';
	if (utf8proc_map(s, 0, &nfd, UTF8PROC_NULLTERM | UTF8PROC_DECOMPOSE |
	    UTF8PROC_CASEFOLD) < 0)
		return NULL;
	for (utf8proc_uint8_t *p = nfd; *p != '\0'; p += n) {
		n = utf8proc_iterate(p, -1, &d);
		if (utf8proc_category(d) == UTF8PROC_CATEGORY_MN)
			continue;
		o += utf8proc_encode_char(d == 0xf0 || d == 0x111 ? 'd' : d,
		    kept + o);
	}
	kept[o] = '\0';
	free(nfd);
	return utf8proc_map(kept, 0, &out, UTF8PROC_NULLTERM |
	    UTF8PROC_COMPOSE) < 0 ? NULL : (char *)out;
}

/* lr_ascii() hands back the folded text as it is when it needs no
 * composing: the same as the long way for every code point below U+0400
 * and of U+1E00..U+1FFF. */
static void
ascii_as_utf8proc(void **state)
{
	(void)state;
	for (utf8proc_int32_t c = 1; c < 0x2000; c++) {
		utf8proc_uint8_t s[8];
		char *got, *want;
		if (c == 0x400)
			c = 0x1e00;
		s[utf8proc_encode_char(c, s)] = '\0';
		got = lr_ascii((const char *)s), want = ascii_of(c);
		assert_non_null(want);
		assert_non_null(got);
		assert_string_equal(got, want);
		free(got), free(want);
	}
}

int
main(void)
{
	const struct CMUnitTest t[] = {
		cmocka_unit_test(finds_old_commune_with_district),
		cmocka_unit_test(type_word_inside_a_name),
		cmocka_unit_test(eth_is_d),
		cmocka_unit_test(names_within),
		cmocka_unit_test(all_names_once),
		cmocka_unit_test(survives_lost_tone_marks_and_no_commas),
		cmocka_unit_test(village_is_no_commune),
		cmocka_unit_test(unknown_commune_is_null),
		cmocka_unit_test(maps_old_to_new),
		cmocka_unit_test(new_commune_names_by_era),
		cmocka_unit_test(same_name_everywhere_is_ambiguous),
		cmocka_unit_test(new_name_of_two_provinces),
		cmocka_unit_test(bad_file_names_the_problem),
		cmocka_unit_test(type_words_looked_up),
		cmocka_unit_test(province_codes),
		cmocka_unit_test(nfc_as_utf8proc),
		cmocka_unit_test(ascii_as_utf8proc),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(t, setup, teardown);
}
