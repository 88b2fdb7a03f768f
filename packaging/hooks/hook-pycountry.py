"""pycountry: the country databases only. Dyad uses English country names: the 20 MB of translations and
the databases of languages, subdivisions, scripts and currencies (loaded only when asked for) stay out."""

from PyInstaller.utils.hooks import collect_data_files, copy_metadata

datas = copy_metadata("pycountry") + collect_data_files(
    "pycountry", includes=["databases/iso3166-1.json", "databases/iso3166-3.json"]
)
