print("pkg_a.late runs")
MESSAGE = "late"
