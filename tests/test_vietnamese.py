"""Normaliser, tone marks, hyphen splitter and segmentation on text written here."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers.vietnamese import (
    is_vietnamese_syllable,
    join_deputy_prefix,
    join_hoa_suffix,
    normalize_text,
    normalize_tone_marks,
    segment_words,
    split_glued_fixed_words,
    split_hyphen_compounds,
    split_name_from_verb,
    split_sentences,
)


@pytest.mark.parametrize(
    ("new_style", "traditional"),
    [
        ("thoả thuận", "thỏa thuận"),
        ("văn hoá", "văn hóa"),
        ("Hoà Bình", "Hòa Bình"),
        ("thuỷ chung", "thủy chung"),
        ("sức khoẻ", "sức khỏe"),
        ("HOÀ", "HÒA"),
    ],
)
def test_tone_marks_move_to_the_traditional_position(new_style: str, traditional: str) -> None:
    assert normalize_tone_marks(new_style) == traditional


@pytest.mark.parametrize("word", ["hoàng", "toàn", "quý", "quỳnh", "thuyết", "khuya", "hòa"])
def test_syllables_spelled_alike_in_both_conventions_do_not_change(word: str) -> None:
    assert normalize_tone_marks(word) == word


def test_nfd_input_becomes_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Việt Nam hợp tác năng lượng")
    assert decomposed != "Việt Nam hợp tác năng lượng"
    assert normalize_text(decomposed) == "Việt Nam hợp tác năng lượng"


def test_odd_spaces_are_folded() -> None:
    assert normalize_text("  an\u00a0ninh\u200b  mạng\t ") == "an ninh mạng"


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_normalisation_is_idempotent(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


@given(st.text(alphabet="aăâeêioôơuưyoàáảãạèéẻẽẹỳýỷỹỵ qu-", max_size=60))
def test_tone_normalisation_is_idempotent_on_vowel_soup(text: str) -> None:
    once = normalize_tone_marks(text)
    assert normalize_tone_marks(once) == once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hợp tác quốc phòng-an ninh", "hợp tác quốc phòng - an ninh"),
        ("năng lượng-dầu khí", "năng lượng - dầu khí"),
        ("khoa học-công nghệ", "khoa học - công nghệ"),
        ("giáo dục-đào tạo", "giáo dục - đào tạo"),
        ("kinh tế-thương mại", "kinh tế - thương mại"),
        ("giao thông-vận tải", "giao thông - vận tải"),
        ("Việt Nam-Liên bang Nga", "Việt Nam - Liên bang Nga"),
        ("quan hệ Việt-Lào", "quan hệ Việt - Lào"),
        ("y tế–giáo dục", "y tế – giáo dục"),
        ("chính trị-ngoại giao-an ninh", "chính trị - ngoại giao - an ninh"),
    ],
)
def test_hyphen_compounds_are_split(text: str, expected: str) -> None:
    assert split_hyphen_compounds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "khoảng 60.000-80.000 người",
        "giai đoạn 2021-2025",
        "(10/10/1945-10/10/2025)",
        "tiêm kích Su-30 và dịch Covid-19",
        "ông Jean-Pierre",
        "chủ nghĩa Mác-Lênin",
        "Liên bang Xô-viết",
        "Ma-rốc và Ô-xtrây-li-a",
        "e-mail",
    ],
)
def test_hyphens_in_numbers_codes_and_names_are_kept(text: str) -> None:
    assert split_hyphen_compounds(text) == text


@pytest.mark.parametrize("word", ["năng", "Nga", "an", "nghiêng", "khuya", "Hòa", "quốc"])
def test_vietnamese_syllables_are_recognised(word: str) -> None:
    assert is_vietnamese_syllable(word)


@pytest.mark.parametrize("word", ["Jean", "mail", "Covid", "Pierre", "Lênin", "xtrây"])
def test_foreign_words_are_not_syllables(word: str) -> None:
    assert not is_vietnamese_syllable(word)


def test_glued_dictionary_terms_are_split_back() -> None:
    dictionary = frozenset({("thực", "thi", "pháp", "luật"), ("liên", "bang", "nga")})
    assert split_glued_fixed_words("thực_thi_pháp_luật_Liên_bang_Nga", dictionary) == [
        "thực_thi_pháp_luật",
        "Liên_bang_Nga",
    ]
    assert split_glued_fixed_words("Liên_bang_Nga_Mishustin", dictionary) == [
        "Liên_bang_Nga",
        "Mishustin",
    ]
    assert split_glued_fixed_words("Liên_bang_Nga", dictionary) == ["Liên_bang_Nga"]


def test_name_glued_to_verb_is_split_but_institutions_are_not() -> None:
    assert split_name_from_verb("Nguyễn_Văn_An_phát_biểu") == ["Nguyễn_Văn_An", "phát_biểu"]
    assert split_name_from_verb("Bộ_Y_tế") == ["Bộ_Y_tế"]
    assert split_name_from_verb("Đảng_Cộng_sản") == ["Đảng_Cộng_sản"]
    assert split_name_from_verb("Hà_Nội") == ["Hà_Nội"]
    assert split_name_from_verb("NATO_tập") == ["NATO", "tập"]  # an acronym, then a word
    assert split_name_from_verb("A_b") == ["A_b"]  # one capital letter is no acronym


def test_foreign_name_and_capital_after_lowercase_are_split() -> None:
    # one capitalised syllable that cannot be Vietnamese is a foreign name, not a word's head
    assert split_name_from_verb("Washington_đẩy") == ["Washington", "đẩy"]
    assert split_name_from_verb("Putin_nói") == ["Putin", "nói"]
    # a Vietnamese-shaped capital may open a word ("Bộ_trưởng", "Nga_tập" is undecidable)
    assert split_name_from_verb("Bộ_trưởng") == ["Bộ_trưởng"]
    assert split_name_from_verb("Nga_tập") == ["Nga_tập"]
    # a capital never follows a lowercase syllable inside one word
    assert split_name_from_verb("đất_Nga") == ["đất", "Nga"]
    assert split_name_from_verb("ký_kết_Hợp_đồng") == ["ký_kết", "Hợp_đồng"]
    # ... except in a name, and after the words that form one word with a name
    assert split_name_from_verb("Đảng_Cộng_sản_Việt_Nam") == ["Đảng_Cộng_sản_Việt_Nam"]
    assert split_name_from_verb("châu_Á") == ["châu_Á"]
    assert split_name_from_verb("thứ_Sáu") == ["thứ_Sáu"]
    # a foreign name's own lowercase particle is no Vietnamese word after it
    assert split_name_from_verb("Bashar_al-Assad") == ["Bashar_al-Assad"]
    assert split_name_from_verb("ông_Nguyễn_Văn_An_phát_biểu") == [
        "ông", "Nguyễn_Văn_An", "phát_biểu",
    ]  # fmt: skip


def test_segmentation_keeps_topic_terms_whole_across_hyphens() -> None:
    sentence = normalize_text(
        "Cứu nạn, cứu hộ và hợp tác quốc phòng-an ninh, năng lượng-dầu khí, "
        "khoa học-công nghệ, giáo dục-đào tạo được thúc đẩy."
    )
    tokens = segment_words(sentence)
    for term in ["Cứu_nạn", "cứu_hộ", "quốc_phòng", "an_ninh", "năng_lượng", "dầu_khí",
                 "khoa_học", "công_nghệ", "giáo_dục", "đào_tạo"]:  # fmt: skip
        assert term in tokens, (term, tokens)
    assert not [t for t in tokens if "-" in t and t != "-"]


def test_our_dictionary_does_not_leak_into_later_underthesea_calls() -> None:
    from underthesea import word_tokenize

    plain_before = word_tokenize("Lực lượng cứu nạn đã đến hiện trường.")
    segment_words(normalize_text("Hợp tác cứu nạn và cứu hộ."))
    segment_words(normalize_text("Hai bên gặp nhau."))  # a sentence with no dictionary word
    plain_after = word_tokenize("Lực lượng cứu nạn đã đến hiện trường.")
    assert plain_after == plain_before


@pytest.mark.parametrize(
    "text",
    [
        "Bộ Tình trạng khẩn cấp Liên bang Nga hỗ trợ cứu nạn, cứu hộ tại Việt Nam.",
        "Hai bên bàn về năng lượng hạt nhân và đào tạo chuyên gia.",
        "Đoàn đại biểu Liên bang Nga đến Hà Nội.",
        "Hôm nay trời mưa to ở thành phố.",
    ],
)
def test_the_dictionary_compiled_once_segments_as_underthesea_does_with_the_words_present(
    text: str,
) -> None:
    # underthesea's own way is to be given the dictionary words present, compiled anew on
    # each call; underthesea_tokens hands it one pattern with the whole dictionary.
    from underthesea import word_tokenize

    from helpers.vietnamese import (
        _restore_underthesea_default_pattern,
        default_fixed_words,
        underthesea_tokens,
    )

    prepared = normalize_text(text)
    present = [word for word in default_fixed_words() if word in prepared]
    try:
        expected = word_tokenize(prepared, fixed_words=present)
    finally:
        _restore_underthesea_default_pattern()
    assert underthesea_tokens(prepared, default_fixed_words()) == expected
    if present:  # the dictionary changed something, so the comparison means something
        assert expected != word_tokenize(prepared)


# --- sentence splitting: underthesea's slips, mended -----------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        # no space after the full stop: a code or a domain name, not a boundary
        ("Israel mua tiêm kích MD.450 Ouragan và MD.452 Mystère. Hai bên ký.",
         ["Israel mua tiêm kích MD.450 Ouragan và MD.452 Mystère.", "Hai bên ký."]),
        ("Theo báo Zing.vn, hai bên đã ký. Sau đó họ gặp lại.",
         ["Theo báo Zing.vn, hai bên đã ký.", "Sau đó họ gặp lại."]),
        # the closing quote stays with its sentence; a lower-case attribution too
        ("\"Chúng tôi sẽ hợp tác.\" Phát biểu tại họp báo, ông nói thêm.",
         ["\"Chúng tôi sẽ hợp tác.\"", "Phát biểu tại họp báo, ông nói thêm."]),
        ("Chị nói: “Chúng tôi rất vui.”- chị Thanh ngậm ngùi nói. Hôm sau họ về.",
         ["Chị nói: “Chúng tôi rất vui.”- chị Thanh ngậm ngùi nói.", "Hôm sau họ về."]),
        ("\"Câu thứ nhất.\" \"Câu thứ hai.\"", ["\"Câu thứ nhất.\"", "\"Câu thứ hai.\""]),
        # an ellipsis before a capital ends a sentence, before lower case it does not
        ("Các trường khó tuyển… Điểm chuẩn có biến động?",
         ["Các trường khó tuyển…", "Điểm chuẩn có biến động?"]),
        ("Các nước Mỹ, Nhật… và Hàn Quốc đã ký.", ["Các nước Mỹ, Nhật… và Hàn Quốc đã ký."]),
        # a list bullet after a full stop opens a new sentence
        ("Hy Lạp ký với I-ta-li-a. * I-ta-li-a ký với Tuy-ni-di.",
         ["Hy Lạp ký với I-ta-li-a.", "* I-ta-li-a ký với Tuy-ni-di."]),
        # a capital after the quote opens a sentence, whatever its diacritics
        ("Ông nói: “Chúng tôi sẵn sàng.” Đây là bước tiến lớn.",
         ["Ông nói: “Chúng tôi sẵn sàng.”", "Đây là bước tiến lớn."]),
        # the full stop after a closing quote stays with it; no "." sentence
        ("Ông nói: “Tốt quá!”. Hai bên đồng ý.", ["Ông nói: “Tốt quá!”.", "Hai bên đồng ý."]),
        # a quote over two sentences closes in the second
        ("\"Câu một. Câu hai.\" Ông nói vậy.", ["\"Câu một.", "Câu hai.\"", "Ông nói vậy."]),
        # a space lost in scraping between a word and a capital is a boundary all the same
        ("Bị cáo chiếm đoạt tài sản.Theo cáo trạng, hai bên ký.",
         ["Bị cáo chiếm đoạt tài sản.", "Theo cáo trạng, hai bên ký."]),
        ("Họ đến TP.HCM hôm qua.", ["Họ đến TP.HCM hôm qua."]),
        # any whitespace after an ellipsis
        ("Khó tuyển…\tĐiểm chuẩn tăng.", ["Khó tuyển…", "Điểm chuẩn tăng."]),
        # what underthesea already does right stays right
        ("Ông V. Putin đến TP. Hồ Chí Minh. Giá là 1.000 đồng.",
         ["Ông V. Putin đến TP. Hồ Chí Minh.", "Giá là 1.000 đồng."]),
        # a sub-heading flattened onto its paragraph: a capitalised connective opens a sentence
        ("Phản ứng từ Đài Loan Sau cuộc điện đàm, hai bên nhất trí.",
         ["Phản ứng từ Đài Loan", "Sau cuộc điện đàm, hai bên nhất trí."]),
        ("Tầm nhìn 2030 Theo kế hoạch, hai bên gặp lại.",
         ["Tầm nhìn 2030", "Theo kế hoạch, hai bên gặp lại."]),
        # ... and after an initial, which underthesea takes for part of the name
        ("Họ điều tra anh S. Từ đó, vụ án được làm rõ.",
         ["Họ điều tra anh S.", "Từ đó, vụ án được làm rõ."]),
        # a name that opens with such a word, or a lower-case connective, is no boundary
        ("Bệnh viện Từ Dũ ở gần đó, sau khi sửa xong.",
         ["Bệnh viện Từ Dũ ở gần đó, sau khi sửa xong."]),
    ],
)  # fmt: skip
def test_sentences_are_split_as_vietnamese_news_prints_them(
    paragraph: str, sentences: list[str]
) -> None:
    assert split_sentences(paragraph) == sentences


@given(st.lists(st.sampled_from([
    "Hai bên ký kết.", "“Chúng tôi sẽ hợp tác.”", "Giá dầu tăng… Thị trường chờ.",
    "Mẫu MD.450 bay.", "* Mục một.", "Ông nói “được”.", "\"Tốt.\" Ông nói.",
    "Tin mới Sau đó họ về.",
]), min_size=1, max_size=6))  # fmt: skip
def test_splitting_loses_and_adds_no_character(pieces: list[str]) -> None:
    paragraph = " ".join(pieces)
    assert "".join(split_sentences(paragraph)).replace(" ", "") == paragraph.replace(" ", "")


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Toàn cầu hóa và công nghiệp hóa.", ["Toàn_cầu_hóa", "và", "công_nghiệp_hóa", "."]),
        ("Hàng hóa tăng.", ["Hàng_hóa", "tăng", "."]),
        ("Ông thăm nhà văn hóa.", ["Ông", "thăm", "nhà", "văn_hóa", "."]),
        ("Hóa ra ông đúng.", ["Hóa", "ra", "ông", "đúng", "."]),
        ("Ông Mnuchin cho biết sẽ nâng cao hợp tác.",
         ["Ông", "Mnuchin", "cho_biết", "sẽ", "nâng_cao", "hợp_tác", "."]),
        ("Ông Tập Cận Bình và người đồng cấp đứng đầu danh sách.",
         ["Ông", "Tập_Cận_Bình", "và", "người", "đồng_cấp", "đứng_đầu", "danh_sách", "."]),
        # field words underthesea 9.5 splits after a noun or verb
        ("Dự án ma túy lớn.", ["Dự_án", "ma_túy", "lớn", "."]),
        ("Nhà máy thủy điện Hòa Bình.", ["Nhà_máy", "thủy_điện", "Hòa_Bình", "."]),
        # not fixed, for a name or a word before them would be glued: a capitalised "Thủy
        # điện", "hóa dầu", "cháy nổ" (the lexicon lists their split spelling)
        ("Bà Nguyễn Thị Thủy điện đàm với ông Lavrov.",
         ["Bà", "Nguyễn_Thị_Thủy", "điện_đàm", "với", "ông", "Lavrov", "."]),
        ("Bộ trưởng Lê Thủy điện cảm ơn Nga.",
         ["Bộ_trưởng", "Lê_Thủy", "điện", "cảm_ơn", "Nga", "."]),
        ("Tuần văn hóa Dầu khí.", ["Tuần", "văn_hóa", "Dầu_khí", "."]),
        ("Đám cháy nổ ra lúc 3 giờ.", ["Đám", "cháy", "nổ", "ra", "lúc", "3", "giờ", "."]),
        ("Lô hàng gồm lều bạt.", ["Lô", "hàng", "gồm", "lều_bạt", "."]),
        ("Đội cứu hỏa đến.", ["Đội", "cứu_hỏa", "đến", "."]),
        # a commander's title, split across it ("Phó_Tư lệnh"), and biomass glued to power
        ("Đại tá Hưng, Phó Tư lệnh Vùng 4 Hải quân khẳng định.",
         ["Đại_tá", "Hưng", ",", "Phó_Tư_lệnh", "Vùng", "4", "Hải_quân", "khẳng_định", "."]),
        ("Ủy ban nhân dân tỉnh phối hợp với Ủy ban Quốc phòng.",
         ["Ủy_ban", "nhân_dân", "tỉnh", "phối_hợp", "với", "Ủy_ban", "Quốc_phòng", "."]),
        ("Nga đầu tư nhà máy điện sinh khối sử dụng trấu.",
         ["Nga", "đầu_tư", "nhà_máy", "điện", "sinh_khối", "sử_dụng", "trấu", "."]),
    ],
)  # fmt: skip
def test_words_underthesea_splits_come_out_whole(sentence: str, words: list[str]) -> None:
    assert segment_words(sentence) == words


def test_deputy_prefix_joins_a_title_and_nothing_else() -> None:
    words = segment_words(normalize_text("Phó Giám đốc Sở và Phó Bí thư Tỉnh ủy dự."))
    assert words[:4] == ["Phó_Giám_đốc", "Sở", "và", "Phó_Bí_thư"]
    assert join_deputy_prefix(["chức", "phó", "trong"]) == ["chức", "phó", "trong"]


def test_hoa_joins_only_a_word_before_it_and_not_one_it_opens_with_the_next() -> None:
    assert join_hoa_suffix([",", "hóa", "học"]) == [",", "hóa", "học"]
    assert join_hoa_suffix(["đô_thị", "hoá"]) == ["đô_thị_hoá"]
    assert join_hoa_suffix(["Nhà_máy", "hóa", "chất"]) == ["Nhà_máy", "hóa", "chất"]
    assert join_hoa_suffix(["Khí", "hóa", "lỏng"]) == ["Khí", "hóa", "lỏng"]
    assert join_hoa_suffix(["lọc", "hóa", "dầu"]) == ["lọc", "hóa", "dầu"]
    assert join_hoa_suffix(["toàn_cầu", "hóa", "là"]) == ["toàn_cầu_hóa", "là"]


def test_web_addresses_are_no_terms_and_initials_leave_the_name() -> None:
    from helpers.terms import tokens_to_terms

    tokens = ["V._Putin", "V.League", "https://tin.example.vn/bai-1", "dulich.example.com",
              "ban@tin.vn", "TP.", "Hồ_Chí_Minh", "N._Q._Minh", "Il-76", "3.000"]  # fmt: skip
    assert tokens_to_terms(tokens, "vi") == [
        "putin", "v.league", "tp", "hồ_chí_minh", "minh", "il-76",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        ("Armed Forces spokesperson Col. Francel Padilla said the drills would go on. They did.",
         ["Armed Forces spokesperson Col. Francel Padilla said the drills would go on.",
          "They did."]),
        ("Lt. Gen. Ivanov met Gen. Giang.", ["Lt. Gen. Ivanov met Gen. Giang."]),
        ("Speaking at the ceremony, H.E. Kim Rithy thanked Vietnam.",
         ["Speaking at the ceremony, H.E. Kim Rithy thanked Vietnam."]),
        # a title that opens the next sentence still follows a boundary
        ("The meeting ended. Dr. Smith left.", ["The meeting ended.", "Dr. Smith left."]),
    ],
)  # fmt: skip
def test_an_english_title_before_a_name_ends_no_sentence(
    paragraph: str, sentences: list[str]
) -> None:
    assert split_sentences(paragraph, "en") == sentences
