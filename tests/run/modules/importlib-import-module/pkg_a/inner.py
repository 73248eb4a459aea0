print("pkg_a.inner runs")
WHO = "inner"
