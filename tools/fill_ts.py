"""Fill unfinished entries of a Qt .ts file from a JSON map {source: translation}.

Developer tool (Qt Linguist, `pyside6-linguist`, does the same by hand):
    pyside6-lupdate desktop/views/x.py -ts resources/translations/x_zh_CN.ts
    python tools/fill_ts.py resources/translations/x_zh_CN.ts map.json
"""

import json
import sys
import xml.etree.ElementTree as ET


def fill(ts_path: str, mapping: dict[str, str]) -> int:
    tree = ET.parse(ts_path)
    filled = 0
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in mapping and translation is not None:
            translation.text = mapping[source]
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return filled


if __name__ == "__main__":
    path, map_file = sys.argv[1], sys.argv[2]
    with open(map_file, encoding="utf-8") as handle:
        print(fill(path, json.load(handle)), "translations filled")
