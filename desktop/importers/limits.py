"""Limits that keep a hostile or broken file from exhausting memory or time."""

from desktop.domain.numbers import MAX_NUMBER_DIGITS, MAX_TYPED_DIGITS  # noqa: F401 (re-exported)

MAX_CELL_CHARS = 32_767  # Excel's own limit per cell; a longer cell is not a target table
MAX_TEXT_BYTES = 50_000_000  # text and CSV files
MAX_WORKBOOK_BYTES = 200_000_000  # the .xlsx file itself
MAX_MEMBER_BYTES = 300_000_000  # one uncompressed member of the .xlsx zip
MAX_TOTAL_BYTES = 600_000_000  # all uncompressed members together
MAX_RATIO = 200  # uncompressed ÷ compressed size of a member, above 1 MB
MAX_MEMBERS = 10_000

# A sheet is read as a dense grid from A1 to its last cell: these bound that grid before the Excel
# reader allocates it (one cell at XFD1048576 would make it ask for hundreds of GB and abort).
MAX_SHEET_ROWS = 300_000
MAX_SHEET_COLUMNS = 1_000
MAX_SHEET_CELLS = 3_000_000  # rows × columns of that grid; a 40,000-indicator sheet has ~1 million

# Numbers read from cells: amounts, budget figures and weights (MAX_NUMBER_DIGITS, from the
# domain: the store keeps money as NUMERIC(20, 6), so 14 integer digits; 10^14 元 is 100 万亿), and
# numbers inside target and actual texts (MAX_TYPED_DIGITS).
MAX_INDICATOR_SEQ = 1_000_000  # 指标序号
MAX_TEXT_LINES = 60_000  # lines of a text or CSV file; a 45,000-indicator TSV has 45,000
MAX_INDICATORS_PER_PROJECT = 2_000  # real projects have tens
