#!/usr/bin/env python3
# Generates src/main/resources/facility/demo-facilities.csv from the shipped CBS files (deterministic seed).
# The named facilities come from the Drechtsteden seed documents; their points and postcodes are approximate.
# Generated facilities are named "(gegenereerd) ..." and flagged gegenereerd=ja. Run: python3 tools/generate-demo-facilities.py
import json, csv, random, math, sys
random.seed(20261122)
B=json.load(open('src/main/resources/cbs/drechtsteden_buurten_2023.geojson'))['features']
W=json.load(open('src/main/resources/cbs/doelregio_wijken_2022_kwb.geojson'))['features']
pc4=[r for r in csv.DictReader(open('src/main/resources/cbs/pc4_4pp_2014.csv'))]
def rings(g):
    if g['type']=='Polygon': return [g['coordinates']]
    return g['coordinates']
def inside_poly(pt, poly):
    x,y=pt; ins=False
    for ring in poly:
        n=len(ring)
        for i in range(n):
            x1,y1=ring[i][:2]; x2,y2=ring[(i+1)%n][:2]
            if (y1>y)!=(y2>y) and x < (x2-x1)*(y-y1)/(y2-y1)+x1: ins=not ins
    return ins
def inside(pt,g): return any(inside_poly(pt,p) for p in rings(g))
def interior(g, rnd=False):
    xs=[c[0] for p in rings(g) for c in p[0]]; ys=[c[1] for p in rings(g) for c in p[0]]
    if not rnd:
        c=(sum(xs)/len(xs), sum(ys)/len(ys))
        if inside(c,g): return c
    for _ in range(5000):
        c=(random.uniform(min(xs),max(xs)), random.uniform(min(ys),max(ys)))
        if inside(c,g): return c
    raise Exception('no point')
areas={}
for f in B:
    p=f['properties']; areas[p['buurtcode']]=(p['buurtnaam'],p['gemeentecode'] if p['gemeentecode'].startswith('GM') else 'GM'+p['gemeentecode'],f['geometry'], p.get('aantalInwoners') or 0, p.get('water'))
for f in W:
    p=f['properties']
    if p['gemeentecode'] in ('GM0512','GM1978'): areas[p['code']]=(p['name'],p['gemeentecode'],f['geometry'], p.get('population') or 0, None)
names={'GM0482':'Alblasserdam','GM0505':'Dordrecht','GM0512':'Gorinchem','GM0523':'Hardinxveld-Giessendam','GM0531':'Hendrik-Ido-Ambacht','GM0590':'Papendrecht','GM0610':'Sliedrecht','GM0642':'Zwijndrecht','GM1978':'Molenlanden'}
def area_at(pt):
    for code,(n,gm,g,_,_) in areas.items():
        if code.startswith('BU') and inside(pt,g): return code
    for code,(n,gm,g,_,_) in areas.items():
        if inside(pt,g): return code
def nearest_pc4(pt, gmname):
    best=None
    ok={'Molenlanden':('Giessenlanden','Molenwaard')}.get(gmname,(gmname,))
    for r in pc4:
        if r['soort']=='Postbus' or r['gemeente'] not in ok: continue
        d=(float(r['longitude'])-pt[0])**2*0.38+(float(r['latitude'])-pt[1])**2
        if best is None or d<best[0]: best=(d,r)
    return best[1]['postcode'], best[1]['woonplaats']
letters='ABCDEGHJKLMNPRSTVWXZ'
rows=[]
def add(name,type,groups,prov,owner,street,num,pt,cap,unit,status,since,opened,closed,contracted,contact,url,secret,public,gen,pc=None,place=None):
    code=area_at(pt); assert code, (name,pt)
    p4,wp=nearest_pc4(pt,names[areas[code][1]])
    if pc is None: pc=p4+random.choice(letters)+random.choice(letters)
    rows.append(dict(naam=name,soort=type,doelgroepen='|'.join(groups),zorgaanbieder=prov,eigenaar=owner,straat=street,huisnummer=num,postcode=pc,plaats=place or wp,lengtegraad='%.6f'%pt[0],breedtegraad='%.6f'%pt[1],capaciteit=cap,eenheid=unit,status=status,status_sinds=since,geopend_op=opened,gesloten_op=closed,gecontracteerd='ja' if contracted else 'nee',contact_omwonenden=contact,website=url,geheim_adres='ja' if secret else 'nee',openbaar='ja' if public else 'nee',gegenereerd='ja' if gen else 'nee'))
    return code
# named facilities from the seeds (sources 000, 002); points approximate
print(add('Nacht- en crisisopvang Kromhout/Kasperspad','CRISIS_SHELTER',['HOMELESS','ADDICTION'],'leger-des-heils','Leger des Heils','Kasperspad','2',interior(areas['BU05050205'][2]),60,'PLACES','IN_USE','2021-06-01','2021-06-01','',True,'Buurtlijn Leger des Heils Dordrecht, 078-000 00 00','https://www.legerdesheils.nl',False,True,False,place='Dordrecht'),file=sys.stderr)
print(add('Skaeve Huse Kerkeplaat','SKAEVE_HUSE',['HOMELESS','ADDICTION','PSYCHIATRIC'],'leger-des-heils','Gemeente Dordrecht','Kerkeplaat','1',interior(areas['BU05050608'][2]),5,'UNITS','IN_USE','2018-09-01','2018-09-01','',True,'Beheergroep Skaeve Huse, via gemeente Dordrecht 14 078','',False,True,False,place='Dordrecht'),file=sys.stderr)
print(add('Tussenvoorziening Sterrenburg','INTERMEDIATE_FACILITY',['HOMELESS','PSYCHIATRIC'],'yulius','Trivire','Sterrenburglaan','40',interior(areas['BU05050900'][2]),8,'PLACES','IN_USE','2020-05-01','2020-05-01','',True,'Yulius locatiemanager, via 088-000 00 00','https://www.yulius.nl',False,False,False,place='Dordrecht'),file=sys.stderr)
print(add('Crisisplekken gezinnen','FAMILY_CRISIS_PLACES',['FAMILIES','HOMELESS'],'leger-des-heils','Trivire','Singel','120',interior(areas['BU05050401'][2]),3,'PLACES','IN_USE','2020-02-01','2019-01-01','',True,'','',False,False,False,place='Dordrecht'),file=sys.stderr)
print(add('Opvang huiselijk geweld (geheim adres)','CRISIS_SHELTER',['DOMESTIC_VIOLENCE','FAMILIES'],'leger-des-heils','Trivire','Geheimstraat','7',interior(areas['BU05050305'][2]),12,'PLACES','IN_USE','2019-01-01','2019-01-01','',True,'','',True,False,False,place='Dordrecht'),file=sys.stderr)
print(add('Merwedehusjes uitbreiding (Skaeve Huse)','SKAEVE_HUSE',['HOMELESS','ADDICTION'],'leger-des-heils','Gemeente Dordrecht','Zeehavenlaan','10',interior(areas['BU05050607'][2]),12,'UNITS','IDEA','2020-01-01','','',False,'','',False,False,False,place='Dordrecht'),file=sys.stderr)
print(add('Beschermd wonen Noordendijk','PROTECTED_HOUSING',['PSYCHIATRIC'],'yulius','Trivire','Noordendijk','150',interior(areas['BU05050114'][2]),24,'PLACES','IN_USE','2021-01-01','2021-01-01','',True,'Yulius, locatiemanager','https://www.yulius.nl',False,True,False,place='Dordrecht'),file=sys.stderr)
hf=['BU05050302','BU05050404','BU05050306','BU05050109']
for i,c in enumerate(hf):
    add('Housing First woning %d'%(i+1),'HOUSING_FIRST',['HOMELESS'],'leger-des-heils','Trivire','Woning (adres bij Leger des Heils)',str(i+1),interior(areas[c][2],True),1,'UNITS','IN_USE','2022-01-01','2022-01-01','',True,'','',False,False,False,place='Dordrecht')
# generated facilities: every municipality has some
types=[('PROTECTED_HOUSING',['PSYCHIATRIC'],'PLACES',(8,24)),('PROTECTED_HOUSING_AT_HOME',['PSYCHIATRIC'],'PLACES',(4,12)),('HOUSING_FIRST',['HOMELESS'],'UNITS',(1,1)),('LIVING_TRAINING',['YOUNG_ADULTS'],'PLACES',(4,10)),('FLEX_HOUSING',['HOMELESS','YOUNG_ADULTS'],'UNITS',(6,20)),('RESPITE_BED',['PSYCHIATRIC','INTELLECTUAL_DISABILITY'],'PLACES',(1,3)),('TIME_OUT_PLACE',['ADDICTION'],'PLACES',(2,4)),('PRIVATE_HOSTING',['YOUNG_ADULTS'],'PLACES',(1,2)),('COMPLEX_CARE',['INTELLECTUAL_DISABILITY','PSYCHIATRIC'],'PLACES',(6,16)),('INTERMEDIATE_FACILITY',['HOMELESS'],'PLACES',(4,10)),('YOUTH_SHELTER',['YOUNG_ADULTS'],'PLACES',(4,8)),('DAY_AND_NIGHT_SHELTER',['HOMELESS','ADDICTION'],'PLACES',(10,20))]
provs=['leger-des-heils','yulius','asvz','pameijer']
owners=['Trivire','Alwel','Stadlander','Thuisvester','Woonkwartier','Particuliere verhuurder']
statuses=['IN_USE']*7+['PLANNED','BEING_REALISED','CLOSED','IDEA']
for gm,gname in names.items():
    cands=[(c,v) for c,v in areas.items() if v[1]==gm and (v[3] or 0)>200 and v[4]!='JA']
    cands.sort(key=lambda cv:-cv[1][3])
    n=12 if gm=='GM0505' else 5
    hot=cands[0]
    for i in range(n):
        t,groups,unit,(lo,hi)=random.choice(types)
        c,v=hot if i<3 else random.choice(cands[:15])
        st=random.choice(statuses) if i>=3 else 'IN_USE'
        pt=interior(v[2],True)
        since='2023-%02d-01'%random.randint(1,12)
        add('(gegenereerd) %s %d'%(gname,i+1),t,groups,random.choice(provs),random.choice(owners),'Voorbeeldstraat',str(len(rows)+1),pt,random.randint(lo,hi),unit,st,since,since if st in('IN_USE','CLOSED') else '', '2025-06-30' if st=='CLOSED' else '',random.random()<0.7,'','',False,random.random()<0.3 and st!='IDEA',True)
# one generated secret facility of another provider
add('(gegenereerd) Geheime opvang Zwijndrecht','CRISIS_SHELTER',['DOMESTIC_VIOLENCE'],'yulius','Woonkwartier','Voorbeeldstraat','99',interior(areas['BU06420108'][2]),8,'PLACES','IN_USE','2024-01-01','2024-01-01','',True,'','',True,False,True)
w=csv.DictWriter(open('src/main/resources/facility/demo-facilities.csv','w',newline=''),fieldnames=list(rows[0].keys()))
w.writeheader(); w.writerows(rows)
print(len(rows),file=sys.stderr)
