# Dict displays whose keys are all distinct str constants copy the table
# their first run laid out: every run gets a dict of its own (mutating one
# leaves the next alone), in source order, with CPython's values; repeated
# constant keys keep "first position, last value"; big displays (wider
# index slots), displays in generators and in loops with deletes, growth
# and iteration checks behave as before.


def record(i):
    return {"id": i, "name": "n" + str(i), "tags": [i, i * 2]}


def repeated(i):
    return {"a": i, "b": 1, "a": i * 10, "c": 2, "b": 3}


def wide(i):
    return {"k0": i + 0, "k1": i + 1, "k2": i + 2, "k3": i + 3, "k4": i + 4, "k5": i + 5, "k6": i + 6, "k7": i + 7, "k8": i + 8, "k9": i + 9, "k10": i + 10, "k11": i + 11, "k12": i + 12, "k13": i + 13, "k14": i + 14, "k15": i + 15, "k16": i + 16, "k17": i + 17, "k18": i + 18, "k19": i + 19, "k20": i + 20, "k21": i + 21, "k22": i + 22, "k23": i + 23, "k24": i + 24, "k25": i + 25, "k26": i + 26, "k27": i + 27, "k28": i + 28, "k29": i + 29, "k30": i + 30, "k31": i + 31, "k32": i + 32, "k33": i + 33, "k34": i + 34, "k35": i + 35, "k36": i + 36, "k37": i + 37, "k38": i + 38, "k39": i + 39, "k40": i + 40, "k41": i + 41, "k42": i + 42, "k43": i + 43, "k44": i + 44, "k45": i + 45, "k46": i + 46, "k47": i + 47, "k48": i + 48, "k49": i + 49, "k50": i + 50, "k51": i + 51, "k52": i + 52, "k53": i + 53, "k54": i + 54, "k55": i + 55, "k56": i + 56, "k57": i + 57, "k58": i + 58, "k59": i + 59, "k60": i + 60, "k61": i + 61, "k62": i + 62, "k63": i + 63, "k64": i + 64, "k65": i + 65, "k66": i + 66, "k67": i + 67, "k68": i + 68, "k69": i + 69, "k70": i + 70, "k71": i + 71, "k72": i + 72, "k73": i + 73, "k74": i + 74, "k75": i + 75, "k76": i + 76, "k77": i + 77, "k78": i + 78, "k79": i + 79, "k80": i + 80, "k81": i + 81, "k82": i + 82, "k83": i + 83, "k84": i + 84, "k85": i + 85, "k86": i + 86, "k87": i + 87, "k88": i + 88, "k89": i + 89, "k90": i + 90, "k91": i + 91, "k92": i + 92, "k93": i + 93, "k94": i + 94, "k95": i + 95, "k96": i + 96, "k97": i + 97, "k98": i + 98, "k99": i + 99, "k100": i + 100, "k101": i + 101, "k102": i + 102, "k103": i + 103, "k104": i + 104, "k105": i + 105, "k106": i + 106, "k107": i + 107, "k108": i + 108, "k109": i + 109, "k110": i + 110, "k111": i + 111, "k112": i + 112, "k113": i + 113, "k114": i + 114, "k115": i + 115, "k116": i + 116, "k117": i + 117, "k118": i + 118, "k119": i + 119, "k120": i + 120, "k121": i + 121, "k122": i + 122, "k123": i + 123, "k124": i + 124, "k125": i + 125, "k126": i + 126, "k127": i + 127, "k128": i + 128, "k129": i + 129, "k130": i + 130, "k131": i + 131, "k132": i + 132, "k133": i + 133, "k134": i + 134, "k135": i + 135, "k136": i + 136, "k137": i + 137, "k138": i + 138, "k139": i + 139, "k140": i + 140, "k141": i + 141, "k142": i + 142, "k143": i + 143, "k144": i + 144, "k145": i + 145, "k146": i + 146, "k147": i + 147, "k148": i + 148, "k149": i + 149, "k150": i + 150, "k151": i + 151, "k152": i + 152, "k153": i + 153, "k154": i + 154, "k155": i + 155, "k156": i + 156, "k157": i + 157, "k158": i + 158, "k159": i + 159, "k160": i + 160, "k161": i + 161, "k162": i + 162, "k163": i + 163, "k164": i + 164, "k165": i + 165, "k166": i + 166, "k167": i + 167, "k168": i + 168, "k169": i + 169, "k170": i + 170, "k171": i + 171, "k172": i + 172, "k173": i + 173, "k174": i + 174, "k175": i + 175, "k176": i + 176, "k177": i + 177, "k178": i + 178, "k179": i + 179, "k180": i + 180, "k181": i + 181, "k182": i + 182, "k183": i + 183, "k184": i + 184, "k185": i + 185, "k186": i + 186, "k187": i + 187, "k188": i + 188, "k189": i + 189, "k190": i + 190, "k191": i + 191, "k192": i + 192, "k193": i + 193, "k194": i + 194, "k195": i + 195, "k196": i + 196, "k197": i + 197, "k198": i + 198, "k199": i + 199}


def gen(n):
    for i in range(n):
        yield {"x": i, "y": -i}


def main():
    rows = [record(i) for i in range(5)]
    rows[0]["name"] = "changed"
    rows[1]["extra"] = True
    del rows[2]["id"]
    rows[3].clear()
    print(rows)
    print(record(9), list(record(9)), record(9)["tags"])
    fresh = record(7)
    print("id" in fresh, "extra" in fresh, len(fresh), fresh.get("name"))
    for i in range(3):
        d = repeated(i)
        print(d, list(d.items()))
    for i in range(2):
        w = wide(i)
        print(len(w), w["k0"], w["k199"], list(w)[:3], list(w)[-2:])
        w["new"] = 1
        del w["k5"]
        print(len(w), "k5" in w, list(w)[-1])
    print(list(gen(3)))
    d = record(1)
    try:
        for k in d:
            d["added"] = k
    except RuntimeError as e:
        print("RuntimeError:", e)
    d2 = record(2)
    for k in list(d2):
        d2[k + "!"] = d2.pop(k)
    print(d2)
    # Growing a copied table past its room.
    d3 = record(3)
    for j in range(20):
        d3[str(j)] = j
    print(len(d3), list(d3)[:5], d3["id"], d3["19"])
    # Equal keys made at run time find the constant ones.
    key = "na" + "me"[:2]
    print(record(4)[key], record(4) == {"tags": [4, 8], "name": "n4", "id": 4})
    print({"only": None}, {"a": 1, "b": 2} | {"b": 3})


main()
