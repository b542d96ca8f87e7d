"""Write a synthetic corpus of Vietnam–Russia cooperation news pages for tests and demos.

Usage: ``python scripts/generate_corpus.py --out FOLDER [--n 300] [--seed 1]``.

Writes ``N`` UTF-8 ``.txt`` pages and a ``metadata.csv`` (``file``, ``date``,
``outlet``) to FOLDER. Every sentence is composed from the templates below (no
crawled text), so the corpus can be shared and regenerated. It is built to give
the group and trend views something to find: eight outlets (two English) with
different mixes of fields, energy growing from 2022 to 2023, emergency response
peaking in the storm months, a few undated articles and a few with no outlet.
Pages carry the furniture real crawls carry (a publication stamp, a byline,
photo captions, a "Tin liên quan" block, the end mark "./.") so that cleaning is
exercised. The same seed gives byte-identical files.
"""

# One template sentence per line reads and edits as prose; wrapping them would not.
# ruff: noqa: E501

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

TOPICS = ("energy", "security", "education", "emergency", "other")


@dataclass(frozen=True)
class Outlet:
    """A fictional outlet: its name, language and how often it writes about each topic."""

    name: str
    language: str
    weights: tuple[float, float, float, float, float]  # in TOPICS order


OUTLETS = (
    Outlet("Báo Bình Minh", "vi", (1.0, 1.0, 1.0, 1.0, 1.0)),
    Outlet("Thời báo Kinh tế Sông Hồng", "vi", (3.0, 0.5, 0.7, 0.5, 2.0)),
    Outlet("Báo Người Bảo Vệ", "vi", (0.7, 3.0, 0.8, 1.0, 0.6)),
    Outlet("Báo Học Đường Ngày Nay", "vi", (0.6, 0.5, 3.0, 0.6, 1.0)),
    Outlet("Tin Cứu Hộ 24h", "vi", (0.5, 0.8, 0.7, 3.0, 0.5)),
    Outlet("Báo Phương Nam", "vi", (1.5, 1.0, 1.0, 1.0, 1.2)),
    Outlet("Hanoi Ledger", "en", (1.5, 1.0, 1.0, 0.8, 1.5)),
    Outlet("Saigon Wire", "en", (1.0, 1.3, 1.3, 1.0, 1.0)),
)
#: Share of English articles (about one in six).
ENGLISH_SHARE = 1 / 6
#: Share of articles published without any date (metadata blank, no stamp in the page).
UNDATED_SHARE = 0.04
#: The outlet some of whose articles come without an outlet in metadata.csv, and how often.
BLANK_OUTLET_OF, BLANK_OUTLET_SHARE = "Báo Phương Nam", 0.2
FIRST_DAY, LAST_DAY = dt.date(2022, 1, 1), dt.date(2023, 12, 31)
STORM_MONTHS = (8, 9, 10, 11)

SLOTS = {
    "vi": {
        "vn_person": ["Nguyễn Văn Hùng", "Trần Thị Lan", "Lê Minh Tuấn", "Phạm Quốc Bảo",
                      "Hoàng Thu Hà", "Đặng Văn Khoa", "Vũ Ngọc Ánh", "Bùi Đức Thắng"],
        "ru_person": ["Ivan Petrov", "Sergei Volkov", "Anna Sokolova", "Dmitri Orlov",
                      "Elena Morozova", "Pavel Lebedev"],
        "vn_role": ["Phó Thủ tướng", "Bộ trưởng Bộ Công Thương", "Thứ trưởng Bộ Ngoại giao",
                    "Chủ tịch Ủy ban nhân dân thành phố", "Đại sứ Việt Nam tại Nga"],
        "ru_role": ["Thứ trưởng Bộ Năng lượng Nga", "Đại sứ Nga tại Việt Nam",
                    "Phó Chủ tịch Chính phủ Nga", "Thống đốc vùng"],
        "city": ["Hà Nội", "Moskva", "Thành phố Hồ Chí Minh", "Đà Nẵng", "Sankt-Peterburg",
                 "Vladivostok", "Hải Phòng", "Cần Thơ", "Kazan", "Novosibirsk"],
        "province": ["Quảng Nam", "Quảng Bình", "Thừa Thiên Huế", "Nghệ An", "Hà Tĩnh",
                     "Quảng Ngãi", "Bình Định", "Phú Yên"],
        "part_of_day": ["Sáng nay", "Chiều qua", "Ngày hôm qua", "Tối nay", "Trong tuần này"],
    },
    "en": {
        "vn_person": ["Nguyen Van Hung", "Tran Thi Lan", "Le Minh Tuan", "Pham Quoc Bao",
                      "Hoang Thu Ha", "Dang Van Khoa"],
        "ru_person": ["Ivan Petrov", "Sergei Volkov", "Anna Sokolova", "Dmitri Orlov",
                      "Elena Morozova", "Pavel Lebedev"],
        "vn_role": ["Deputy Prime Minister", "Minister of Industry and Trade",
                    "Deputy Foreign Minister", "Vietnamese Ambassador to Russia"],
        "ru_role": ["Russian Deputy Energy Minister", "Russian Ambassador to Vietnam",
                    "Deputy Chairman of the Russian Government", "regional governor"],
        "city": ["Hanoi", "Moscow", "Ho Chi Minh City", "Da Nang", "Saint Petersburg",
                 "Vladivostok", "Hai Phong", "Kazan"],
        "province": ["Quang Nam", "Quang Binh", "Thua Thien Hue", "Nghe An", "Ha Tinh",
                     "Binh Dinh"],
        "part_of_day": ["On Monday", "On Tuesday", "Earlier this week", "On Friday",
                        "This morning"],
    },
}  # fmt: skip

# Sentences per topic; "lead" opens an article and names no field on purpose.
SENTENCES = {
    "vi": {
        "lead": [
            "{part_of_day}, tại {city}, {vn_role} {vn_person} đã tiếp {ru_role} {ru_person}.",
            "{part_of_day}, đoàn đại biểu Liên bang Nga do {ru_person} dẫn đầu đã có buổi làm việc tại {city}.",
            "Hai bên đánh giá cao mối quan hệ hữu nghị truyền thống giữa Việt Nam và Nga.",
            "{vn_role} {vn_person} khẳng định Việt Nam luôn coi trọng quan hệ Đối tác chiến lược toàn diện với Liên bang Nga.",
            "Phía Nga bày tỏ vui mừng trước những kết quả tích cực mà hai nước đạt được trong thời gian qua.",
        ],
        "energy": [
            "Hai bên nhất trí thúc đẩy hợp tác trong lĩnh vực năng lượng, đặc biệt là dầu khí.",
            "Liên doanh dầu khí của hai nước đã khai thác thêm {n} triệu tấn dầu trong năm.",
            "{ru_person} cho biết phía Nga sẵn sàng chia sẻ kinh nghiệm phát triển điện hạt nhân vì mục đích hòa bình.",
            "Dự án nhà máy thủy điện tại {province} được hai bên đánh giá là biểu tượng của hợp tác năng lượng.",
            "Các doanh nghiệp Nga quan tâm tới việc cung cấp khí đốt hóa lỏng cho các nhà máy điện của Việt Nam.",
            "Hai bên thảo luận về việc mở rộng thăm dò dầu khí trên thềm lục địa và tại Liên bang Nga.",
            "Việt Nam đề nghị phía Nga hỗ trợ nâng cấp lưới điện lực và đào tạo kỹ sư vận hành.",
            "Trung tâm khoa học và công nghệ hạt nhân tại {province} dự kiến hoàn thành giai đoạn đầu sau {n} tháng.",
            "Hợp tác năng lượng tiếp tục là trụ cột quan trọng trong quan hệ kinh tế song phương.",
            "Sản lượng dầu mỏ do liên doanh khai thác đã vượt kế hoạch khoảng {pct} phần trăm.",
        ],
        "security": [
            "Hai bên nhất trí tăng cường hợp tác quốc phòng và an ninh trên cơ sở tin cậy lẫn nhau.",
            "Bộ Công an Việt Nam và cơ quan chức năng Nga đã ký kế hoạch phối hợp phòng, chống tội phạm xuyên quốc gia.",
            "{ru_person} đánh giá cao sự phối hợp giữa lực lượng công an hai nước trong đấu tranh với khủng bố.",
            "Hai bên trao đổi kinh nghiệm bảo đảm an ninh mạng và an ninh phi truyền thống.",
            "Bộ Quốc phòng hai nước thống nhất tổ chức đối thoại chiến lược thường niên tại {city}.",
            "Phía Việt Nam đề nghị tiếp tục hợp tác kỹ thuật quân sự theo các thỏa thuận đã ký.",
            "Hội đồng An ninh Nga và Bộ Công an Việt Nam đã trao đổi về các thách thức an ninh trong khu vực.",
            "Các đơn vị quân đội hai nước sẽ trao đổi đoàn và tham gia diễn tập chung trong năm tới.",
            "Hai bên cam kết phối hợp chặt chẽ trong thực thi pháp luật và dẫn độ tội phạm.",
        ],
        "education": [
            "Hai bên nhất trí mở rộng hợp tác giáo dục và đào tạo nguồn nhân lực chất lượng cao.",
            "Năm nay phía Nga cấp {n} suất học bổng cho sinh viên Việt Nam theo học tại các trường đại học Nga.",
            "Các học viện của Nga tiếp tục bồi dưỡng cán bộ, giảng viên cho Việt Nam trong nhiều lĩnh vực.",
            "Trường đại học tại {city} đã ký thỏa thuận hợp tác nghiên cứu khoa học với đối tác Nga.",
            "Hai bên thúc đẩy hợp tác khoa học và công nghệ, nhất là chuyển giao công nghệ mới.",
            "Hơn {n} nghìn cựu sinh viên từng học tập tại Liên Xô và Nga đang làm việc trong các ngành then chốt.",
            "Trung tâm tiếng Nga tại {city} sẽ mở thêm các lớp đào tạo cho học sinh phổ thông.",
            "Các nhà khoa học hai nước cùng triển khai {n} đề tài nghiên cứu chung về vật liệu mới.",
            "Phía Nga sẵn sàng hỗ trợ huấn luyện chuyên gia cho các viện nghiên cứu của Việt Nam.",
        ],
        "emergency": [
            "Bộ Tình trạng khẩn cấp Nga đã hỗ trợ Việt Nam đào tạo chuyên gia phòng cháy, chữa cháy và cứu nạn, cứu hộ.",
            "Hai bên nhất trí phối hợp ứng phó thiên tai và khắc phục hậu quả bão lũ tại {province}.",
            "Phía Nga trao tặng {n} bộ thiết bị cứu hộ cho lực lượng phòng cháy của Việt Nam.",
            "Trung tâm cảnh báo sớm thiên tai do hai nước xây dựng đã đi vào hoạt động tại {province}.",
            "Lực lượng cứu nạn hai nước tổ chức diễn tập xử lý tình huống khẩn cấp tại {city}.",
            "Đội cứu hộ Nga đã có mặt tại {province} để hỗ trợ người dân sau trận bão lũ lịch sử.",
            "Hai bên trao đổi kinh nghiệm phòng ngừa cháy rừng và ứng phó sự cố hóa chất.",
            "{ru_person} khẳng định Nga sẵn sàng hỗ trợ Việt Nam khi xảy ra tình huống khẩn cấp.",
        ],
        "other": [
            "Kim ngạch thương mại song phương năm qua đạt khoảng {n} tỷ USD.",
            "Hai bên nhất trí thúc đẩy đầu tư và tận dụng hiệu quả Hiệp định thương mại tự do.",
            "Các doanh nghiệp Việt Nam mong muốn tăng xuất khẩu nông sản, thủy sản sang thị trường Nga.",
            "Lượng du khách Nga đến {province} tăng mạnh, mở ra cơ hội hợp tác du lịch.",
            "Những ngày văn hóa Việt Nam tại {city} đã giới thiệu nghệ thuật truyền thống tới công chúng Nga.",
            "Hai bên thống nhất mở thêm đường bay thẳng để phát triển giao thông và vận tải.",
            "Hợp tác nông nghiệp và y tế được xem là những lĩnh vực còn nhiều tiềm năng.",
            "Giao lưu nhân dân và thể thao góp phần củng cố tình cảm giữa hai dân tộc.",
        ],
    },
    "en": {
        "lead": [
            "{part_of_day}, {vn_role} {vn_person} received {ru_role} {ru_person}, who was on a working visit to {city}.",
            "A Russian delegation led by {ru_person} held talks with Vietnamese officials in {city} on the ways to deepen the ties between the two countries.",
            "Both sides praised the traditional friendship between Vietnam and Russia, which they said has been tested by time.",
            "{vn_person} said that Vietnam always attaches great importance to its comprehensive strategic partnership with the Russian Federation.",
            "The Russian side said it was pleased with the positive results that the two countries have achieved over the past years.",
        ],
        "energy": [
            "The two sides agreed to further expand their cooperation in energy, especially in oil and gas, which they see as one of the pillars of the relationship.",
            "The joint oil and gas venture of the two countries produced {n} million tonnes of oil last year, more than it had planned.",
            "{ru_person} said that Russia is ready to share its experience in the development of nuclear power for peaceful purposes.",
            "A hydropower plant built with Russian help in {province} was described by both sides as a symbol of their energy cooperation.",
            "Russian companies are interested in supplying liquefied gas to the power plants that Vietnam plans to build in the coming years.",
            "Vietnam asked Russia to help it upgrade the national electricity grid and to train the engineers who will operate it.",
            "Energy cooperation has remained one of the most important parts of the economic ties between the two countries.",
        ],
        "security": [
            "The two sides agreed to strengthen their defence and security cooperation on the basis of mutual trust and respect.",
            "The police forces of the two countries signed a plan to work together in the fight against transnational crime.",
            "{ru_person} praised the close cooperation between the two ministries in the fight against terrorism.",
            "They also exchanged their experience in cybersecurity and in law enforcement at sea and on land.",
            "The defence ministries of the two countries agreed to hold their annual strategic dialogue in {city} next year.",
            "Vietnam proposed that the two sides should continue their military technical cooperation under the agreements they have signed.",
        ],
        "education": [
            "The two sides agreed to expand their cooperation in education and in the training of high quality human resources.",
            "Russia has granted {n} scholarships this year to Vietnamese students who want to study at Russian universities.",
            "A university in {city} signed an agreement on scientific research with one of its Russian partners.",
            "Both sides pledged to do more to promote their cooperation in science and technology.",
            "More than {n} thousand Vietnamese who were trained in the Soviet Union and in Russia are now working in key sectors of the economy.",
            "Russian academies will continue to train lecturers and researchers from Vietnam in many fields.",
        ],
        "emergency": [
            "The emergency ministry of Russia has helped Vietnam to train many of its firefighting and rescue specialists.",
            "The two sides agreed to work together on disaster response and on recovery after the floods in {province}.",
            "Russia has donated {n} sets of rescue equipment to the firefighting units of Vietnam.",
            "An early warning centre for natural disasters, which was built with the help of Russia, has opened in {province}.",
            "The rescue teams of both countries held a joint emergency response drill in {city} this year.",
            "{ru_person} said that Russia would always stand ready to help Vietnam in emergencies.",
        ],
        "other": [
            "Two-way trade between the two countries reached about {n} billion USD last year, and both sides want it to grow further.",
            "The two sides agreed to boost investment and to make better use of the free trade agreement that they have signed.",
            "Vietnamese firms hope to export more of their agricultural products to the Russian market.",
            "The number of Russian tourists who visit {province} has risen sharply, which is good news for tourism.",
            "The Vietnamese culture days that were held in {city} introduced traditional art to Russian audiences.",
            "The sides agreed to open more direct flights in order to develop the transport links between them.",
        ],
    },
}  # fmt: skip

TITLES = {
    "vi": {
        "energy": ["Việt Nam và Nga thúc đẩy hợp tác năng lượng",
                   "Mở rộng hợp tác dầu khí Việt – Nga", "Nga sẵn sàng hỗ trợ Việt Nam phát triển điện hạt nhân"],
        "security": ["Tăng cường hợp tác an ninh Việt Nam – Nga",
                     "Việt Nam và Nga phối hợp phòng, chống tội phạm", "Đối thoại quốc phòng Việt – Nga tại {city}"],
        "education": ["Việt Nam – Nga mở rộng hợp tác giáo dục, đào tạo",
                      "Nga cấp học bổng cho sinh viên Việt Nam", "Hợp tác khoa học Việt – Nga bước sang giai đoạn mới"],
        "emergency": ["Việt Nam và Nga hợp tác ứng phó thiên tai",
                      "Nga hỗ trợ Việt Nam khắc phục hậu quả bão lũ", "Diễn tập cứu nạn, cứu hộ Việt – Nga tại {city}"],
        "other": ["Thương mại Việt Nam – Nga tăng trưởng", "Những ngày văn hóa Việt Nam tại {city}",
                  "Việt Nam và Nga thúc đẩy hợp tác kinh tế, đầu tư"],
    },
    "en": {
        "energy": ["Vietnam, Russia boost energy cooperation", "Russia ready to help Vietnam with nuclear power"],
        "security": ["Vietnam and Russia step up security cooperation", "Defence dialogue held in {city}"],
        "education": ["Vietnam, Russia expand education ties", "Russia offers scholarships to Vietnamese students"],
        "emergency": ["Vietnam and Russia cooperate on disaster response", "Rescue drill held in {city}"],
        "other": ["Vietnam–Russia trade grows", "Vietnamese culture days open in {city}"],
    },
}  # fmt: skip

BYLINES = {
    "vi": ["Thu Trang", "Quang Minh", "Hải Yến - Đức Anh", "Minh Châu", "Ngọc Lan"],
    "en": ["By Thu Trang", "By Quang Minh", "By Hai Yen and Duc Anh"],
}
CAPTIONS = {
    "vi": ["Quang cảnh buổi hội đàm. (Ảnh: Quang Hiếu)", "Ảnh: TTXVN", "Ảnh: Minh Đức",
           "Hai bên chụp ảnh lưu niệm. (Ảnh: Thành Đạt)"],
    "en": ["Delegates at the talks. (Photo: VNA)", "Photo: VNA"],
}  # fmt: skip
RELATED_HEADING = {"vi": "Tin liên quan", "en": "Related news"}
WEEKDAYS_VI = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def _fill(template: str, language: str, rng: random.Random) -> str:
    values = {slot: rng.choice(options) for slot, options in SLOTS[language].items()}
    values["n"] = rng.randint(2, 40)
    values["pct"] = rng.randint(3, 25)
    return template.format(**values)


def topic_weights(outlet: Outlet, date: dt.date | None) -> list[float]:
    """An outlet's topic weights for an article of ``date``: energy grows in 2023,
    security eases, emergency response doubles in the storm months."""
    weights = list(outlet.weights)
    if date is not None:
        if date.year >= 2023:
            weights[0] *= 1.8
            weights[1] *= 0.7
        if date.month in STORM_MONTHS:
            weights[3] *= 2.0
    return weights


def _stamp(date: dt.date, language: str, rng: random.Random) -> str:
    clock = f"{rng.randint(6, 21):02d}:{rng.randint(0, 59):02d}"
    if language == "vi":
        return f"{WEEKDAYS_VI[date.weekday()]}, {date:%d/%m/%Y} - {clock}"
    return f"{date:%d/%m/%Y} {clock} GMT+7"


def compose_page(language: str, outlet: Outlet, date: dt.date | None, rng: random.Random) -> str:
    """One page: title, optional stamp, lead, 4–12 sentences in paragraphs, and furniture."""
    weights = topic_weights(outlet, date)
    main = rng.choices(TOPICS, weights=weights)[0]
    second = rng.choices(TOPICS, weights=weights)[0]
    # each template at most once per page: a page repeating one sentence shape reads as spam
    unused = {topic: list(templates) for topic, templates in SENTENCES[language].items()}
    first = rng.choice(unused["lead"])
    unused["lead"].remove(first)
    sentences = [_fill(first, language, rng)]
    n_sentences = rng.randint(4, 12)
    while len(sentences) < n_sentences:
        pick = rng.random()
        topic = main if pick < 0.6 else second if pick < 0.85 else "lead"
        if not unused[topic]:
            topic = next((t for t in (*TOPICS, "lead") if unused[t]), "")
            if not topic:
                break
        template = rng.choice(unused[topic])
        unused[topic].remove(template)
        sentences.append(_fill(template, language, rng))
    paragraphs: list[str] = []
    while sentences:
        size = rng.randint(1, 3)
        paragraphs.append(" ".join(sentences[:size]))
        sentences = sentences[size:]

    lines = [_fill(rng.choice(TITLES[language][main]), language, rng)]
    if date is not None and rng.random() < 0.7:
        lines.append(_stamp(date, language, rng))
    for index, paragraph in enumerate(paragraphs):
        lines.append(paragraph)
        if index == 0 and len(paragraphs) > 1 and rng.random() < 0.6:
            lines.append(rng.choice(CAPTIONS[language]))
    if language == "vi" and rng.random() < 0.8:
        lines[-1] = lines[-1].rstrip(".") + "./."
    if rng.random() < 0.8:
        lines.append(rng.choice(BYLINES[language]))
    if rng.random() < 0.5:
        lines.append(RELATED_HEADING[language])
        for topic in rng.sample(TOPICS, rng.randint(2, 3)):
            lines.append(_fill(rng.choice(TITLES[language][topic]), language, rng))
    return "\n".join(lines) + "\n"


def _random_date(rng: random.Random) -> dt.date:
    return FIRST_DAY + dt.timedelta(days=rng.randint(0, (LAST_DAY - FIRST_DAY).days))


def generate(out_dir: Path, n: int, seed: int) -> list[dict[str, str]]:
    """Write ``n`` pages and ``metadata.csv`` to ``out_dir``; return the metadata rows.

    Every choice comes from one ``random.Random(seed)``, so the same seed gives
    byte-identical files. Earlier ``gen_*.txt`` files in ``out_dir`` are removed
    first, so a smaller ``n`` leaves no stale page behind.
    """
    rng = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    for stale in out_dir.glob("gen_*.txt"):
        stale.unlink()
    outlets = {lang: [o for o in OUTLETS if o.language == lang] for lang in ("vi", "en")}
    rows = []
    for index in range(n):
        language = "en" if rng.random() < ENGLISH_SHARE else "vi"
        outlet = rng.choice(outlets[language])
        date = None if rng.random() < UNDATED_SHARE else _random_date(rng)
        page = compose_page(language, outlet, date, rng)
        name = f"gen_{index:04d}.txt"
        (out_dir / name).write_text(page, encoding="utf-8")
        blank_outlet = outlet.name == BLANK_OUTLET_OF and rng.random() < BLANK_OUTLET_SHARE
        rows.append(
            {
                "file": name,
                "date": date.isoformat() if date else "",
                "outlet": "" if blank_outlet else outlet.name,
            }
        )
    with (out_dir / "metadata.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["file", "date", "outlet"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="folder to write the pages to")
    parser.add_argument("--n", type=int, default=300, help="number of pages (default 300)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = parser.parse_args(argv)
    rows = generate(args.out, args.n, args.seed)
    undated = sum(not row["date"] for row in rows)
    print(f"wrote {len(rows)} pages and metadata.csv to {args.out} ({undated} undated)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
