#!/usr/bin/env python3
"""Derives csl-items.tsv from the CSL benchmark files (see SOURCE.md).

Usage: derive-csl-items.py CSL_GIT_DIR > csl-items.tsv
Joins benchmark/kg/{dev,test}.tsv (abstract + ' ' + title, keywords joined by '_') with
benchmark/cls_dcp/{dev,test}.tsv (abstract, discipline) on the abstract text.
"""
import subprocess, sys

DISCIPLINE_CODES = {  # CSL discipline name -> first-level GB/T 13745 code of seeds/disciplines.csv
    '中医学/中药学': '360', '食品科学与工程': '550', '材料科学与工程': '430', '交通运输工程': '580',
    '园艺学': '210', '环境科学与工程': '610', '基础医学/临床医学': '310', '水产': '240',
    '化学/化学工程与技术': '530', '药学': '350', '纺织科学与工程': '540', '法学': '820', '土木工程': '560',
    '计算机科学与技术': '520', '新闻传播学': '860', '光学工程': '416', '信息与通信工程': '510', '艺术学': '760',
    '地质学/地质资源与地质工程': '170', '哲学': '720', '历史学': '770', '石油与天然气工程': '440',
    '地理学': '170', '农业工程': '210', '军事学': '830', '体育学': '890', '应用经济学': '790', '力学': '130',
    '电子科学与技术': '510', '政治学': '810', '船舶与海洋工程': '580', '电气工程': '470',
    '生物学/生物科学与工程': '180', '理论经济学': '790', '民族学': '850', '大气科学': '170',
    '动力工程及工程热物理': '470', '冶金工程': '450', '兵器科学与技术': '830', '公共管理': '630',
    '数学': '110', '工商管理': '630', '图书馆、情报与档案管理': '870', '农林经济管理': '630', '作物学': '210',
    '机械工程': '460', '矿业工程': '440', '教育学': '880', '建筑学': '560', '口腔医学': '320',
    '农业资源利用': '210', '畜牧学/兽医学': '230', '海洋科学': '170', '测绘科学与技术': '420',
    '林学/林业工程': '220', '公共卫生与预防医学': '330', '物理学': '140', '控制科学与工程': '413',
    '核科学与技术': '490', '社会学': '840', '心理学': '190', '水利工程': '570', '中国语言文学': '750',
    '航空宇航科学与技术': '590', '地球物理学': '170', '植物保护': '210', '天文学': '160',
    '系统科学': '120', '统计学': '910', '外国语言文学': '740', '马克思主义理论': '710', '考古学': '780',
    '宗教学': '730', '军事思想及军事历史': '830', '安全科学与工程': '620', '生物医学工程': '416',
    '仪器科学与技术': '416', '风景园林学': '560', '城乡规划学': '560', '草学': '210', '护理学': '320',
    '特种医学': '340', '兽医学': '230', '中西医结合': '360', '管理科学与工程': '630', '网络空间安全': '520',
    '软件工程': '520', '化学': '150', '化学工程与技术': '530', '生物工程': '180', '轻工技术与工程': '535',
    '农学': '210', '林学': '220', '畜牧学': '230', '天文': '160',
}


def rows(git_dir, path):
    text = subprocess.run(['git', '-C', git_dir, 'show', 'HEAD:' + path], check=True,
                          capture_output=True).stdout.decode('utf-8')
    return [line.split('\t') for line in text.splitlines() if line.strip()]


def clean(s):
    return ' '.join(s.replace('\t', ' ').split())


def main(git_dir):
    out = sys.stdout
    out.write('id\tsplit\tdiscipline\tdiscipline_code\ttitle\tkeywords\tabstract\n')
    n = 0
    for split in ('dev', 'test'):
        disciplines = {clean(r[1]): r[2].strip() for r in rows(git_dir, f'benchmark/cls_dcp/{split}.tsv')}
        for r in rows(git_dir, f'benchmark/kg/{split}.tsv'):
            both, keywords = clean(r[1]), [k.strip() for k in r[2].split('_') if k.strip()]
            match = [a for a in disciplines if both.startswith(a + ' ')]
            if not match or not keywords:
                print(f'skipped ({split}): {both[:40]}', file=sys.stderr)
                continue
            abstract = max(match, key=len)
            title = both[len(abstract):].strip()
            discipline = disciplines[abstract]
            if not title or discipline not in DISCIPLINE_CODES:
                print(f'skipped ({split}, {discipline}): {title[:40]}', file=sys.stderr)
                continue
            n += 1
            out.write('\t'.join([f'csl-{split}-{n:04d}', split, discipline, DISCIPLINE_CODES[discipline], title,
                                 ';'.join(keywords), abstract]) + '\n')
    print(f'{n} items', file=sys.stderr)


if __name__ == '__main__':
    main(sys.argv[1])
