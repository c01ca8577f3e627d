/* Unit tests of lib/link/person.c and jaro.c: name keys, village, birth,
 * sex, IDs, Jaro-Winkler. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <string.h>
#include <cmocka.h>

#include "link/link.h"
#include "text/text.h"

static void
name_parts(void **state)
{
	lr_person p;

	(void)state;
	memset(&p, 0, sizeof(p));
	assert_int_equal(lr_person_set_name(&p, "Nguyễn  Thị Minh Khai"), 0);
	assert_string_equal(p.family[LR_KEY_LOW], "nguyễn");
	assert_string_equal(p.family[LR_KEY_TONELESS], "nguyên");
	assert_string_equal(p.family[LR_KEY_ASCII], "nguyen");
	assert_string_equal(p.middle[LR_KEY_LOW], "thị minh");
	assert_string_equal(p.given[LR_KEY_ASCII], "khai");
	assert_string_equal(p.middle_last, "minh");
	assert_int_equal(lr_person_name_sex(&p), 'F');
}

static void
name_titles(void **state)
{
	lr_person p;

	(void)state;
	assert_int_equal(lr_person_set_name(&p, "hộ ông Giàng A Páo"), 'M');
	assert_string_equal(p.family[LR_KEY_LOW], "giàng");
	assert_int_equal(lr_person_name_sex(&p), 'M');
	assert_int_equal(lr_person_set_name(&p, "Bà Lò Thị Ính"), 'F');
	assert_string_equal(p.given[LR_KEY_ASCII], "inh");
	assert_int_equal(lr_person_set_name(&p, "   "), -1);
	assert_int_equal(lr_person_set_name(&p, "\xff"), -1);
}

static void
village(void **state)
{
	lr_person p;

	(void)state;
	lr_person_set_village(&p, "Bản Co Mận, xã Mường Phăng");
	assert_string_equal(p.village, "co man");
	lr_person_set_village(&p, "tổ dân phố 5, phường Him Lam");
	assert_string_equal(p.village, "to 5");
	/* A numbered village keeps its type: "tổ 2" is not "thôn 2". */
	lr_person_set_village(&p, "Tổ 5, phường Him Lam");
	assert_string_equal(p.village, "to 5");
	lr_person_set_village(&p, "thôn 2, xã Nậm Chua");
	assert_string_equal(p.village, "thon 2");
	lr_person_set_village(&p, "bản 2, xã Nậm Chua");
	assert_string_equal(p.village, "ban 2");
	lr_person_set_village(&p, "xã Mường Phăng, huyện Điện Biên");
	assert_string_equal(p.village, "");
	lr_person_set_village(&p, NULL);
	assert_string_equal(p.village, "");
}

/* A town address names the street first, the village (tổ dân phố, khu
 * phố, thôn, ấp) after it: the village is read wherever it stands before
 * the commune, and the street still from its own part. */
static void
village_after_street(void **state)
{
	lr_person p;

	(void)state;
	memset(&p, 0, sizeof(p));
	lr_person_set_village(&p, "số 12 Trần Phú, tổ 5, phường Tân Thanh");
	assert_string_equal(p.village, "to 5");
	assert_string_equal(p.street, "tran phu");
	assert_string_equal(p.house, "12");
	lr_person_set_village(&p, "Số 3, ngõ 8, tổ dân phố 2, phường Him Lam");
	assert_string_equal(p.village, "to 2");
	lr_person_set_village(&p, "số 40 đường Lê Lợi, ấp Tân Hòa, xã Bình An");
	assert_string_equal(p.village, "tan hoa");
	lr_person_set_village(&p, "số 7, thôn Đông, xã Thanh Xương");
	assert_string_equal(p.village, "dong");
	/* A street of a later part is no village ("phố Huế" is a street);
	 * nothing after the commune is one. */
	lr_person_set_village(&p, "số 9, phố Huế, phường Mường Thanh");
	assert_string_equal(p.village, "");
	assert_string_equal(p.street, "hue");
	assert_string_equal(p.house, "9");
	lr_person_set_village(&p, "số 5 Trần Phú, phường Him Lam, tổ 4");
	assert_string_equal(p.village, "");
}

static void
birth(void **state)
{
	static const struct {
		const char *in;
		int rc, year;
		const char *date;
	} cases[] = {
		{ "03/04/1975", 0, 1975, "1975-04-03" },
		{ "1980", 0, 1980, "" },
		{ "1980-02-29", 0, 1980, "1980-02-29" },
		{ "1981-02-29", -1, 1980, "1980-02-29" },
		{ "1990-13-45", -1, 1980, "1980-02-29" },
		{ "19x0", -1, 1980, "1980-02-29" },
	};
	lr_person p;

	(void)state;
	memset(&p, 0, sizeof(p));
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		assert_int_equal(lr_person_set_birth(&p, cases[i].in), cases[i].rc);
		assert_int_equal(p.birth_year, cases[i].year);
		assert_string_equal(p.birth_date, cases[i].date);
	}
}

static void
sex(void **state)
{
	(void)state;
	assert_int_equal(lr_parse_sex("Nam"), 'M');
	assert_int_equal(lr_parse_sex("NỮ"), 'F');
	assert_int_equal(lr_parse_sex("F"), 'F');
	assert_int_equal(lr_parse_sex("1"), 'M');
	assert_int_equal(lr_parse_sex("0"), 'F');
	assert_int_equal(lr_parse_sex("X"), 0);
}

static void
ids(void **state)
{
	lr_person p;

	(void)state;
	memset(&p, 0, sizeof(p));
	p.birth_year = 1977;
	p.sex = 'M';
	assert_int_equal(lr_person_set_id(&p, "011 077 OO1234"), 12);
	assert_string_equal(p.id, "011077001234");
	assert_int_equal(p.id_suspect, 0);
	p.sex = 'F';
	lr_person_set_id(&p, "011077001234");
	assert_int_equal(p.id_suspect, 1);
	assert_int_equal(lr_person_set_id(&p, "040.123.456"), 9);
	assert_string_equal(p.old_id, "040123456");
	assert_int_equal(lr_person_set_id(&p, "abc"), 0);
}

static void
jaro(void **state)
{
	(void)state;
	assert_true(lr_jaro_winkler("martha", "martha") == 1.0);
	assert_true(lr_jaro_winkler("", "a") == 0.0);
	assert_true(lr_jaro_winkler("abc", "xyz") == 0.0);
	assert_true(lr_jaro_winkler("martha", "marhta") > 0.96);
	assert_true(lr_jaro_winkler("martha", "marhta") < 0.962);
	assert_true(lr_jaro_winkler("thoong", "thong") > 0.92);
	assert_true(lr_jaro_winkler("pao", "xom") < 0.5);
}

/* A one-edit typo: inserted, deleted, replaced, neighbours swapped. */
static void
one_edit(void **state)
{
	(void)state;
	assert_true(lr_one_edit("pham", "hpham"));
	assert_true(lr_one_edit("hpham", "pham"));
	assert_true(lr_one_edit("tran", "tlan"));
	assert_true(lr_one_edit("ngoc", "nogc"));
	assert_true(lr_one_edit("ha", "hax"));
	assert_true(lr_one_edit("ha", "h"));
	assert_false(lr_one_edit("ha", "ha"));
	assert_false(lr_one_edit("ngoc", "gnoc "));
	assert_false(lr_one_edit("ngoc", "ngco "));
	assert_false(lr_one_edit("tran", "tlna"));
	assert_false(lr_one_edit("ha", "hanh"));
	assert_false(lr_one_edit("abc", "cba"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(name_parts),
		cmocka_unit_test(name_titles),
		cmocka_unit_test(village),
		cmocka_unit_test(village_after_street),
		cmocka_unit_test(birth),
		cmocka_unit_test(sex),
		cmocka_unit_test(ids),
		cmocka_unit_test(jaro),
		cmocka_unit_test(one_edit),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
