// Entry point of the `trayectorias` executable.
print("trayectorias")
