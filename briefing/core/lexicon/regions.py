"""Regions as tables write them, as plain data: China's provinces, Fujian's cities and the world's countries,
each under the English name the records use (lexicon.words builds the look-up from these)."""

# China's 31 provinces, Hong Kong, Macao and Taiwan: English name -> Chinese short name, further English names.
# Administrative endings (省, 市, 自治区, Province, ...) are dropped before looking up, see REGION_ENDINGS.
PROVINCES = {
    "Beijing": ("北京", ()), "Tianjin": ("天津", ()), "Hebei": ("河北", ()), "Shanxi": ("山西", ()),
    "Inner Mongolia": ("内蒙古", ("Nei Mongol", "Neimenggu")), "Liaoning": ("辽宁", ()), "Jilin": ("吉林", ()),
    "Heilongjiang": ("黑龙江", ()), "Shanghai": ("上海", ()), "Jiangsu": ("江苏", ()), "Zhejiang": ("浙江", ()),
    "Anhui": ("安徽", ()), "Fujian": ("福建", ()), "Jiangxi": ("江西", ()), "Shandong": ("山东", ()),
    "Henan": ("河南", ()), "Hubei": ("湖北", ()), "Hunan": ("湖南", ()), "Guangdong": ("广东", ()),
    "Guangxi": ("广西", ()), "Hainan": ("海南", ()), "Chongqing": ("重庆", ()), "Sichuan": ("四川", ()),
    "Guizhou": ("贵州", ()), "Yunnan": ("云南", ()), "Tibet": ("西藏", ("Xizang",)), "Shaanxi": ("陕西", ()),
    "Gansu": ("甘肃", ()), "Qinghai": ("青海", ()), "Ningxia": ("宁夏", ()), "Xinjiang": ("新疆", ()),
    "Hong Kong": ("香港", ("Hong Kong SAR, China", "Hong Kong, China", "HKSAR")),
    "Macao": ("澳门", ("Macau", "Macao SAR, China", "Macao, China")),
    "Taiwan": ("台湾", ("Taiwan, China", "Chinese Taipei", "Taiwan Province of China")),
}
FUJIAN_CITIES = {"Fuzhou": "福州", "Xiamen": "厦门", "Quanzhou": "泉州", "Zhangzhou": "漳州", "Putian": "莆田",
                 "Sanming": "三明", "Nanping": "南平", "Longyan": "龙岩", "Ningde": "宁德"}
# written after a region's name; the longest is dropped first (广西壮族自治区 -> 广西)
REGION_ENDINGS = ("壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "特别行政区", "省", "市",
                  " Province", " Municipality", " Autonomous Region", " Special Administrative Region", " SAR",
                  " City", " Shi", " Sheng")

# ISO 3166-1: alpha-2, alpha-3, the English name the records use (short and common, as OWID writes them)
COUNTRIES = """
AF AFG Afghanistan|AX ALA Aland Islands|AL ALB Albania|DZ DZA Algeria|AS ASM American Samoa|AD AND Andorra
AO AGO Angola|AI AIA Anguilla|AQ ATA Antarctica|AG ATG Antigua and Barbuda|AR ARG Argentina|AM ARM Armenia
AW ABW Aruba|AU AUS Australia|AT AUT Austria|AZ AZE Azerbaijan|BS BHS Bahamas|BH BHR Bahrain|BD BGD Bangladesh
BB BRB Barbados|BY BLR Belarus|BE BEL Belgium|BZ BLZ Belize|BJ BEN Benin|BM BMU Bermuda|BT BTN Bhutan
BO BOL Bolivia|BQ BES Bonaire Sint Eustatius and Saba|BA BIH Bosnia and Herzegovina|BW BWA Botswana
BV BVT Bouvet Island|BR BRA Brazil|IO IOT British Indian Ocean Territory|BN BRN Brunei|BG BGR Bulgaria
BF BFA Burkina Faso|BI BDI Burundi|CV CPV Cape Verde|KH KHM Cambodia|CM CMR Cameroon|CA CAN Canada
KY CYM Cayman Islands|CF CAF Central African Republic|TD TCD Chad|CL CHL Chile|CN CHN China|CX CXR Christmas Island
CC CCK Cocos Islands|CO COL Colombia|KM COM Comoros|CG COG Congo|CD COD Democratic Republic of Congo
CK COK Cook Islands|CR CRI Costa Rica|CI CIV Cote d'Ivoire|HR HRV Croatia|CU CUB Cuba|CW CUW Curacao
CY CYP Cyprus|CZ CZE Czechia|DK DNK Denmark|DJ DJI Djibouti|DM DMA Dominica|DO DOM Dominican Republic
EC ECU Ecuador|EG EGY Egypt|SV SLV El Salvador|GQ GNQ Equatorial Guinea|ER ERI Eritrea|EE EST Estonia
SZ SWZ Eswatini|ET ETH Ethiopia|FK FLK Falkland Islands|FO FRO Faroe Islands|FJ FJI Fiji|FI FIN Finland
FR FRA France|GF GUF French Guiana|PF PYF French Polynesia|TF ATF French Southern Territories|GA GAB Gabon
GM GMB Gambia|GE GEO Georgia|DE DEU Germany|GH GHA Ghana|GI GIB Gibraltar|GR GRC Greece|GL GRL Greenland
GD GRD Grenada|GP GLP Guadeloupe|GU GUM Guam|GT GTM Guatemala|GG GGY Guernsey|GN GIN Guinea|GW GNB Guinea-Bissau
GY GUY Guyana|HT HTI Haiti|HM HMD Heard Island and McDonald Islands|VA VAT Vatican|HN HND Honduras
HK HKG Hong Kong|HU HUN Hungary|IS ISL Iceland|IN IND India|ID IDN Indonesia|IR IRN Iran|IQ IRQ Iraq
IE IRL Ireland|IM IMN Isle of Man|IL ISR Israel|IT ITA Italy|JM JAM Jamaica|JP JPN Japan|JE JEY Jersey
JO JOR Jordan|KZ KAZ Kazakhstan|KE KEN Kenya|KI KIR Kiribati|KP PRK North Korea|KR KOR South Korea|KW KWT Kuwait
KG KGZ Kyrgyzstan|LA LAO Laos|LV LVA Latvia|LB LBN Lebanon|LS LSO Lesotho|LR LBR Liberia|LY LBY Libya
LI LIE Liechtenstein|LT LTU Lithuania|LU LUX Luxembourg|MO MAC Macao|MG MDG Madagascar|MW MWI Malawi
MY MYS Malaysia|MV MDV Maldives|ML MLI Mali|MT MLT Malta|MH MHL Marshall Islands|MQ MTQ Martinique
MR MRT Mauritania|MU MUS Mauritius|YT MYT Mayotte|MX MEX Mexico|FM FSM Micronesia|MD MDA Moldova|MC MCO Monaco
MN MNG Mongolia|ME MNE Montenegro|MS MSR Montserrat|MA MAR Morocco|MZ MOZ Mozambique|MM MMR Myanmar
NA NAM Namibia|NR NRU Nauru|NP NPL Nepal|NL NLD Netherlands|NC NCL New Caledonia|NZ NZL New Zealand
NI NIC Nicaragua|NE NER Niger|NG NGA Nigeria|NU NIU Niue|NF NFK Norfolk Island|MK MKD North Macedonia
MP MNP Northern Mariana Islands|NO NOR Norway|OM OMN Oman|PK PAK Pakistan|PW PLW Palau|PS PSE Palestine
PA PAN Panama|PG PNG Papua New Guinea|PY PRY Paraguay|PE PER Peru|PH PHL Philippines|PN PCN Pitcairn
PL POL Poland|PT PRT Portugal|PR PRI Puerto Rico|QA QAT Qatar|RE REU Reunion|RO ROU Romania|RU RUS Russia
RW RWA Rwanda|BL BLM Saint Barthelemy|SH SHN Saint Helena|KN KNA Saint Kitts and Nevis|LC LCA Saint Lucia
MF MAF Saint Martin (French part)|PM SPM Saint Pierre and Miquelon|VC VCT Saint Vincent and the Grenadines
WS WSM Samoa|SM SMR San Marino|ST STP Sao Tome and Principe|SA SAU Saudi Arabia|SN SEN Senegal|RS SRB Serbia
SC SYC Seychelles|SL SLE Sierra Leone|SG SGP Singapore|SX SXM Sint Maarten (Dutch part)|SK SVK Slovakia
SI SVN Slovenia|SB SLB Solomon Islands|SO SOM Somalia|ZA ZAF South Africa
GS SGS South Georgia and the South Sandwich Islands
SS SSD South Sudan|ES ESP Spain|LK LKA Sri Lanka|SD SDN Sudan|SR SUR Suriname|SJ SJM Svalbard and Jan Mayen
SE SWE Sweden|CH CHE Switzerland|SY SYR Syria|TW TWN Taiwan|TJ TJK Tajikistan|TZ TZA Tanzania|TH THA Thailand
TL TLS East Timor|TG TGO Togo|TK TKL Tokelau|TO TON Tonga|TT TTO Trinidad and Tobago|TN TUN Tunisia|TR TUR Turkey
TM TKM Turkmenistan|TC TCA Turks and Caicos Islands|TV TUV Tuvalu|UG UGA Uganda|UA UKR Ukraine
AE ARE United Arab Emirates|GB GBR United Kingdom|US USA United States|UM UMI United States Minor Outlying Islands
UY URY Uruguay|UZ UZB Uzbekistan|VU VUT Vanuatu|VE VEN Venezuela|VN VNM Vietnam|VG VGB British Virgin Islands
VI VIR United States Virgin Islands|WF WLF Wallis and Futuna|EH ESH Western Sahara|YE YEM Yemen|ZM ZMB Zambia
ZW ZWE Zimbabwe|XK XKX Kosovo
"""

# further names of countries, as the World Bank, the UN and Chinese tables write them
COUNTRY_NAMES = {
    "China": ("People's Republic of China", "China, People's Republic of", "Mainland China", "中国", "中华人民共和国",
              "全国", "中国大陆"),
    "United States": ("United States of America", "USA", "U.S.", "US", "美国"),
    "United Kingdom": ("UK", "Great Britain", "英国"),
    "South Korea": ("Korea, Rep.", "Republic of Korea", "Korea, Republic of", "Korea", "韩国"),
    "North Korea": ("Korea, Dem. People's Rep.", "Democratic People's Republic of Korea", "朝鲜"),
    "Russia": ("Russian Federation", "俄罗斯"), "Iran": ("Iran, Islamic Rep.", "Iran (Islamic Republic of)"),
    "Egypt": ("Egypt, Arab Rep.",), "Venezuela": ("Venezuela, RB", "Venezuela (Bolivarian Republic of)"),
    "Yemen": ("Yemen, Rep.",), "Vietnam": ("Viet Nam", "越南"), "Laos": ("Lao PDR", "Lao People's Democratic Republic"),
    "Syria": ("Syrian Arab Republic",), "Turkey": ("Turkiye", "Türkiye", "土耳其"), "Czechia": ("Czech Republic",),
    "Slovakia": ("Slovak Republic",), "Kyrgyzstan": ("Kyrgyz Republic",), "Gambia": ("Gambia, The",),
    "Bahamas": ("Bahamas, The",), "Democratic Republic of Congo": ("Congo, Dem. Rep.", "DR Congo",
                                                                   "Democratic Republic of the Congo"),
    "Congo": ("Congo, Rep.", "Republic of the Congo"), "Micronesia": ("Micronesia, Fed. Sts.",
                                                                      "Micronesia (country)"),
    "Saint Lucia": ("St. Lucia",), "Saint Kitts and Nevis": ("St. Kitts and Nevis",),
    "Saint Vincent and the Grenadines": ("St. Vincent and the Grenadines",), "Brunei": ("Brunei Darussalam",),
    "Cote d'Ivoire": ("Côte d'Ivoire", "Ivory Coast"), "Cape Verde": ("Cabo Verde",), "Eswatini": ("Swaziland",),
    "East Timor": ("Timor-Leste",), "Moldova": ("Republic of Moldova",), "Tanzania": ("United Republic of Tanzania",),
    "Bolivia": ("Bolivia (Plurinational State of)",), "Palestine": ("West Bank and Gaza",),
    "Curacao": ("Curaçao",), "Sao Tome and Principe": ("São Tomé and Príncipe",), "Myanmar": ("Burma",),
    "North Macedonia": ("Macedonia",), "Vatican": ("Holy See",),
    "Japan": ("日本",), "Germany": ("德国",), "France": ("法国",), "India": ("印度",), "Singapore": ("新加坡",),
    "Malaysia": ("马来西亚",), "Indonesia": ("印度尼西亚", "印尼"), "Thailand": ("泰国",), "Philippines": ("菲律宾",),
    "Australia": ("澳大利亚",), "Canada": ("加拿大",), "Brazil": ("巴西",), "Italy": ("意大利",),
    "Netherlands": ("荷兰",), "Spain": ("西班牙",), "Saudi Arabia": ("沙特阿拉伯",), "Cambodia": ("柬埔寨",),
    "Mexico": ("墨西哥",), "South Africa": ("南非",), "New Zealand": ("新西兰",),
}
