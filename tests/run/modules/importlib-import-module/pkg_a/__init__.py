print("pkg_a runs")
