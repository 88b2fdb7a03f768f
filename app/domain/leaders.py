"""Leaders news names without their country: "Prime Minister Narendra Modi arrived in Washington on a state
visit to the United States" names one country, India only through its prime minister.

Heads of state and of government, and foreign ministers, of the states whose relationships the press covers
most, from the late 1970s on; by full name only (a surname alone, "Albanese", "Lee", is too often someone
else's). A person keeps the country whatever the year. The extractor reads them for an article that names fewer
than two countries (``pipeline.extract_article``, saying so in the article's notes), and for a visitor whose
country the sentence names with no title of theirs ("President Xi Jinping visited Peru and Chile":
``visits._the_visitors``).
"""

from __future__ import annotations

import functools
import re

_BY_COUNTRY: dict[str, tuple[str, ...]] = {
    "USA": (
        "Joe Biden", "Donald Trump", "Barack Obama", "George W. Bush", "Bill Clinton", "George H. W. Bush",
        "George H.W. Bush", "Ronald Reagan", "Kamala Harris", "Antony Blinken", "Marco Rubio", "Mike Pompeo",
        "Hillary Clinton", "John Kerry", "Rex Tillerson", "Condoleezza Rice", "Colin Powell",
    ),
    "CHN": (
        "Xi Jinping", "Li Keqiang", "Li Qiang", "Hu Jintao", "Wen Jiabao", "Jiang Zemin", "Zhu Rongji", "Wang Yi",
        "Li Peng", "Deng Xiaoping",
    ),
    "RUS": (
        "Vladimir Putin", "Dmitry Medvedev", "Sergei Lavrov", "Sergey Lavrov", "Mikhail Mishustin", "Boris Yeltsin",
    ),
    "IND": (
        "Narendra Modi", "Manmohan Singh", "Atal Bihari Vajpayee", "Droupadi Murmu", "Ram Nath Kovind",
        "Pranab Mukherjee", "Subrahmanyam Jaishankar", "S. Jaishankar", "S Jaishankar", "Sushma Swaraj",
    ),
    "JPN": (
        "Fumio Kishida", "Shigeru Ishiba", "Shinzo Abe", "Yoshihide Suga", "Junichiro Koizumi", "Yoshimasa Hayashi",
        "Yoko Kamikawa", "Sanae Takaichi",
    ),
    "KOR": (
        "Yoon Suk Yeol", "Yoon Suk-yeol", "Moon Jae-in", "Moon Jae In", "Park Geun-hye", "Lee Myung-bak",
        "Roh Moo-hyun", "Kim Dae-jung", "Lee Jae-myung", "Han Duck-soo", "Cho Tae-yul",
    ),
    "PRK": ("Kim Jong Un", "Kim Jong-un", "Kim Jong Il", "Kim Jong-il", "Kim Il Sung", "Kim Il-sung"),
    "IDN": (
        "Joko Widodo", "Prabowo Subianto", "Susilo Bambang Yudhoyono", "Retno Marsudi", "Megawati Sukarnoputri",
    ),
    "VNM": (
        "Nguyen Phu Trong", "Vo Van Thuong", "To Lam", "Pham Minh Chinh", "Nguyen Xuan Phuc", "Luong Cuong",
        "Bui Thanh Son", "Nguyen Tan Dung", "Truong Tan Sang", "Tran Dai Quang", "Vuong Dinh Hue",
        "Tran Thanh Man", "Pham Binh Minh",
    ),
    "THA": (
        "Prayut Chan-o-cha", "Prayuth Chan-ocha", "Srettha Thavisin", "Paetongtarn Shinawatra", "Thaksin Shinawatra",
        "Yingluck Shinawatra", "Abhisit Vejjajiva",
    ),
    "MYS": ("Anwar Ibrahim", "Mahathir Mohamad", "Najib Razak", "Ismail Sabri Yaakob", "Muhyiddin Yassin"),
    "SGP": ("Lee Hsien Loong", "Lawrence Wong", "Goh Chok Tong", "Vivian Balakrishnan", "Tharman Shanmugaratnam"),
    "PHL": ("Ferdinand Marcos Jr.", "Bongbong Marcos", "Rodrigo Duterte", "Gloria Macapagal Arroyo"),
    "KHM": ("Hun Sen", "Hun Manet"),
    "LAO": ("Thongloun Sisoulith", "Sonexay Siphandone"),
    "MMR": ("Aung San Suu Kyi", "Min Aung Hlaing", "Thein Sein"),
    "AUS": (
        "Anthony Albanese", "Scott Morrison", "Malcolm Turnbull", "Tony Abbott", "Julia Gillard", "Kevin Rudd",
        "John Howard", "Penny Wong", "Paul Keating",
    ),
    "NZL": ("Jacinda Ardern", "Chris Hipkins", "Christopher Luxon", "John Key", "Helen Clark", "Winston Peters"),
    "GBR": (
        "Rishi Sunak", "Keir Starmer", "Boris Johnson", "Theresa May", "David Cameron", "Gordon Brown", "Tony Blair",
        "Margaret Thatcher", "Liz Truss", "David Lammy",
    ),
    "FRA": (
        "Emmanuel Macron", "Francois Hollande", "François Hollande", "Nicolas Sarkozy", "Jacques Chirac",
        "Francois Mitterrand", "François Mitterrand",
    ),
    "DEU": (
        "Olaf Scholz", "Angela Merkel", "Gerhard Schroeder", "Gerhard Schröder", "Helmut Kohl", "Friedrich Merz",
        "Frank-Walter Steinmeier", "Annalena Baerbock",
    ),
    "ITA": ("Giorgia Meloni", "Mario Draghi", "Silvio Berlusconi", "Sergio Mattarella"),
    "ESP": ("Pedro Sanchez", "Pedro Sánchez", "Mariano Rajoy"),
    "CAN": ("Justin Trudeau", "Stephen Harper", "Mark Carney", "Melanie Joly", "Mélanie Joly"),
    "MEX": (
        "Andres Manuel Lopez Obrador", "Andrés Manuel López Obrador", "Claudia Sheinbaum", "Enrique Pena Nieto",
        "Enrique Peña Nieto", "Felipe Calderon", "Felipe Calderón", "Marcelo Ebrard",
    ),
    "BRA": (
        "Luiz Inacio Lula da Silva", "Luiz Inácio Lula da Silva", "Lula da Silva", "Jair Bolsonaro", "Dilma Rousseff",
        "Michel Temer", "Fernando Henrique Cardoso",
    ),
    "ARG": (
        "Javier Milei", "Alberto Fernandez", "Alberto Fernández", "Mauricio Macri", "Cristina Fernandez de Kirchner",
        "Cristina Fernández de Kirchner",
    ),
    "CHL": ("Gabriel Boric", "Sebastian Pinera", "Sebastián Piñera", "Michelle Bachelet"),
    "PER": (
        "Dina Boluarte", "Pedro Castillo", "Martin Vizcarra", "Martín Vizcarra", "Pedro Pablo Kuczynski",
        "Ollanta Humala",
    ),
    "COL": ("Gustavo Petro", "Ivan Duque", "Iván Duque", "Juan Manuel Santos"),
    "TUR": (
        "Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", "Tayyip Erdogan", "Tayyip Erdoğan", "Mevlut Cavusoglu",
        "Mevlüt Çavuşoğlu", "Hakan Fidan",
    ),
    "EGY": ("Abdel Fattah el-Sisi", "Abdel Fattah El-Sisi", "Abdel Fattah al-Sisi", "Hosni Mubarak", "Sameh Shoukry"),
    "SAU": ("Mohammed bin Salman", "Salman bin Abdulaziz"),
    "ARE": ("Mohamed bin Zayed", "Mohammed bin Zayed", "Mohammed bin Rashid"),
    "IRN": ("Hassan Rouhani", "Ebrahim Raisi", "Masoud Pezeshkian", "Ali Khamenei", "Mahmoud Ahmadinejad"),
    "ISR": ("Benjamin Netanyahu", "Naftali Bennett", "Yair Lapid", "Isaac Herzog"),
    "PAK": ("Shehbaz Sharif", "Nawaz Sharif", "Imran Khan", "Asif Ali Zardari", "Pervez Musharraf"),
    "BGD": ("Sheikh Hasina", "Khaleda Zia"),
    "LKA": ("Ranil Wickremesinghe", "Gotabaya Rajapaksa", "Mahinda Rajapaksa", "Anura Kumara Dissanayake"),
    "NPL": ("Pushpa Kamal Dahal", "K P Sharma Oli", "KP Sharma Oli", "K.P. Sharma Oli", "Sher Bahadur Deuba"),
    "ZAF": ("Cyril Ramaphosa", "Jacob Zuma", "Thabo Mbeki", "Nelson Mandela"),
    "NGA": ("Bola Tinubu", "Bola Ahmed Tinubu", "Muhammadu Buhari", "Goodluck Jonathan"),
    "KEN": ("William Ruto", "Uhuru Kenyatta"),
    "ETH": ("Abiy Ahmed",),
    "KAZ": ("Kassym-Jomart Tokayev", "Nursultan Nazarbayev"),
    "UZB": ("Shavkat Mirziyoyev",),
    "UKR": ("Volodymyr Zelensky", "Volodymyr Zelenskiy", "Volodymyr Zelenskyy", "Petro Poroshenko", "Dmytro Kuleba"),
    "MNG": ("Ukhnaagiin Khurelsukh",),
}  # fmt: skip

LEADERS: dict[str, str] = {name: code for code, names in _BY_COUNTRY.items() for name in names}


# A nickname in quotes between a name's words: 'Joko "Jokowi" Widodo', "Rodrigo 'Rody' Duterte".
_QUOTED = r"[\"“‘'][^\"”’'\n]{1,20}[\"”’']"
_NICKNAME = r"\s+(?:" + _QUOTED + r"\s+)?"
_NICKNAME_IN = re.compile(_QUOTED)


@functools.cache
def _pattern() -> re.Pattern[str]:
    """Every name, longest first, as whole words; a space in a name matches any run of spaces, and a nickname."""
    names = sorted(LEADERS, key=len, reverse=True)
    return re.compile(
        r"(?<![\w-])(?:" + "|".join(re.escape(n).replace(r"\ ", _NICKNAME) for n in names) + r")(?![\w-])"
    )


def _code_of(written: str) -> str:
    return LEADERS[" ".join(_NICKNAME_IN.sub(" ", written).split())]


def leaders_at(text: str) -> list[tuple[int, int, str]]:
    """(start, end, country code) of each leader ``text`` names, in order."""
    return [(m.start(), m.end(), _code_of(m.group(0))) for m in _pattern().finditer(text)]


def leaders_named(text: str) -> list[tuple[str, str]]:
    """(name, country code) of each leader ``text`` names, in order."""
    return [(text[start:end], code) for start, end, code in leaders_at(text)]
