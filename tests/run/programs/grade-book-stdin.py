# A grade book reading "name score score ..." records from stdin until an
# empty line or end of input: per-student averages, letter grades, class
# statistics and rejected lines. Catches integration bugs in input(),
# str parsing, exceptions and formatting.
def letter(average):
    if average >= 90:
        return "A"
    elif average >= 80:
        return "B"
    elif average >= 70:
        return "C"
    elif average >= 60:
        return "D"
    return "F"


def parse(line):
    parts = line.split()
    if len(parts) < 2:
        raise ValueError("need a name and at least one score: " + repr(line))
    scores = []
    for text in parts[1:]:
        score = int(text)
        if score < 0 or score > 100:
            raise ValueError(f"score out of range: {score}")
        scores.append(score)
    return parts[0], scores


students = {}
rejected = 0
line_number = 0
while True:
    try:
        line = input()
    except EOFError:
        break
    line_number += 1
    if line.strip() == "":
        break
    try:
        name, scores = parse(line)
    except ValueError as e:
        rejected += 1
        print(f"line {line_number}: {e}")
        continue
    if name in students:
        students[name] = students[name] + scores
    else:
        students[name] = scores

print(f"{'student':<10}{'n':>3}{'avg':>8}  grade")
grades = {}
all_scores = []
for name in sorted(students):
    scores = students[name]
    average = sum(scores) / len(scores)
    grade = letter(average)
    grades[grade] = grades.get(grade, 0) + 1
    all_scores += scores
    print(f"{name:<10}{len(scores):>3}{average:>8.2f}  {grade}")
print("grade counts:", sorted(grades.items()))
print("scores:", len(all_scores), "min:", min(all_scores), "max:", max(all_scores))
print(f"class average: {sum(all_scores) / len(all_scores):.3f}")
print("rejected lines:", rejected)
