"""pycountry: the ISO databases only. Dyad uses English names; the 20 MB of translations stay out."""

from PyInstaller.utils.hooks import collect_data_files, copy_metadata

datas = copy_metadata("pycountry") + collect_data_files("pycountry", excludes=["locales/**"])
