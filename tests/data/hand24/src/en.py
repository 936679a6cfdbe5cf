# blind25 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Harriet Okonjo <h.okonjo@lindqvist-partners.example>",
         to="service@brewline-office.example",
         subject="Leased coffee machine, 3rd floor kitchen",
         body="""\
Hello,

The BL-900 you installed in our third-floor kitchen last month has started behaving oddly. Since
this morning the side panel next to the milk frother is too hot to rest a hand on, and there is a
crackling noise from the back whenever the grinder runs, a bit like cellophane being crumpled.

One of our trainees leaned against it while waiting for her cappuccino and now has a blister the
size of a coin on her forearm. There is also a sharp plasticky smell around it.

We have put a note on it and pulled the plug for now, but people keep asking when they can use it
again. Could a technician come today? Serial number BL9-0047713.

Harriet Okonjo
Office Manager, Lindqvist & Partners"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Tomasz Reilly <tomreilly@mailbox.example>",
         to="help@sweepbot.example",
         subject="Small rubber piece from the SweepBot S4",
         body="""\
Hi,

I found my 18-month-old son on the living room floor next to our SweepBot S4 chewing on something.
It was the little rubber cap that sits over the side brush screw, it had come off and he had
bitten it into two pieces. We got one piece out of his mouth, the other we can't find. He coughed
a lot and went quite red, now he seems fine but keeps drooling and pulling at his throat.

We are on our way to the GP. Can you tell me exactly what material that cap is made of and how
big it is, the doctor will want to know. Order SB-558210.

Tomasz"""),

    dict(n=3, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Priya Castellanos <priya.c@postbox.example>",
         to="support@glowhome.example",
         subject="Is this normal for the GlowPlug Mini?",
         body="""\
Hello, quick question. Is it normal that the GlowPlug Mini clicks on and off by itself every few
seconds with a fizzing sound, and that the white plastic around the prongs has gone brown? The
wall socket behind it is warm too and the lamp plugged into it flickers. It's in my daughter's
bedroom, powering her night light.

Thanks,
Priya"""),

    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Declan Moore <declan@mooredesign.example>",
         to="support@ledgerly.example",
         subject="Somebody else's invoices and passport in my Ledgerly account",
         body="""\
Hi Ledgerly team,

When I logged in this morning my Documents tab had 14 files I have never seen before: invoices
from a "Fenwick Plumbing Ltd" to their clients, with full names and home addresses, plus a scan
of what looks like the owner's passport and a bank statement. My own receipts from last week are
still there too, mixed in between.

I haven't opened more than two of them. I assume my files are also showing up in someone else's
account? Please look into this urgently and tell me what you are doing about it.

Declan Moore
Moore Design (account MD-20931)"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Dr. Amara Fitzgerald <a.fitzgerald@westbank-physio.example>",
         to="support@meetwell.example",
         subject="Our clinicians cannot start any video appointments",
         body="""\
Since 08:15 none of our seven physiotherapists can start a consultation. The waiting room
shows the patient, you press "Admit", the spinner turns for a minute and then it drops back to
the calendar. Patients are ringing reception asking where we are.

We have 46 remote appointments booked today, many of them elderly patients doing post-operative
rehab. We've switched to phone calls for now but we can't do the exercise assessments that way.

Practice ID WBP-3321. Please call me on 020 7946 0183.

Dr. Amara Fitzgerald
Westbank Physiotherapy"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Exams Office <exams@northvale-college.example>",
         to="support@proctorpoint.example",
         subject="URGENT - 210 students stuck at identity check, exam at 14:00",
         body="""\
Our Level 3 Accounting resit starts at 14:00 today. Since about 13:20 every student who tries
to enter the exam gets stuck at the webcam ID step: the photo is taken, then "Verifying..." for
ever. We have 210 candidates and so far not one has got through. Invigilators have tried Chrome
and Edge and two different networks.

If they can't start in the next 30 minutes the awarding body will void the sitting.

Kerry Baptiste
Exams Officer, Northvale College"""),

    dict(n=7, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Jonah Whitfield <jonah.whitfield@student.kingsmere.example>",
         to="laundry@campuswash.example",
         subject="Block C dryers",
         body="""\
Hey, is it normal that the dryers in Block C take three full cycles and the clothes still come
out soaking? I've paid £1.80 three times today. Everybody on my corridor says the same, all six
dryers in the basement just tumble cold. We've got towels hanging off every radiator.

Jonah, room C-214"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Sofia Brandt <sofia.brandt@kestrel-logistics.example>",
         to="support@chatterbox.example",
         subject="Messages arriving 5-10 minutes late",
         body="""\
Hi,

Since yesterday afternoon messages in our Chatterbox workspace (kestrel-logistics) arrive with a
delay of five to ten minutes, sometimes in the wrong order. Direct messages seem fine, it's mostly
the bigger channels like #dispatch. For now the dispatchers are using e-mail for anything time
critical, so we're getting by, but it's confusing. Could you check?

Thanks,
Sofia"""),

    dict(n=9, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Marcus Eddowes <m.eddowes@fastpost.example>",
         to="help@cyclehub-parking.example",
         subject="Station Road bike hub - card reader ignores my pass",
         body="""\
My bike has been inside the Station Road hub since Monday and this morning the gate just won't
open for me. I tap my annual pass, the light stays red, no beep. I tried the app QR code as
well, same. There was a queue of five or six others behind me with the same problem, so it
isn't just my card. I had to get a taxi to work.

How am I supposed to get my bike out tonight?

Marcus Eddowes
Pass no. CH-77120"""),

    dict(n=10, signals="payment", priority="high", trap="urgent", qt=0, reply=0,
         frm="Niamh Gallagher <niamh@threadandloom.example>",
         to="creators@fundrise-hub.example",
         subject="Campaign payout still not received - supplier due Friday",
         body="""\
Hello,

Our campaign "Thread & Loom: Looms for Schools" closed successfully on the 3rd with £18,420
raised. Your dashboard has said "Payout processing" for nine days now, and today it changed to
"Payout failed - contact support" with no further explanation. The bank details haven't changed.

Our manufacturer needs the deposit of £9,000 by Friday or we lose our production slot until
spring. Please tell me what went wrong and when the money will arrive.

Niamh Gallagher"""),

    dict(n=11, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Graham Holloway <g.holloway@homemail.example>",
         to="counciltax@ashbury.gov.example",
         subject="Council tax taken twice this month",
         body="""\
Dear Sir or Madam,

My council tax instalment of £164.50 was collected twice on 1 March, according to my bank
statement. Account reference 40081227. Please refund the duplicate.

Regards,
Graham Holloway"""),

    dict(n=12, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Olusegun Park <olu@parkandbell.example>",
         to="clients@cashbridge-factoring.example",
         subject="Statement for February",
         body="""\
Hi Leanne,

Hope you had a good break. Just a few bits from our side: we've onboarded two new customers
(Marlow Foods and Tenby Print), so you'll see their invoices coming through from next week, and
our finance assistant Joy is now the contact for day-to-day queries, she's copied in.

Also, looking at the February statement, the discount fee on invoice PB-1187 has been calculated
at 3.5% instead of the 1.9% in our agreement, which is £412 instead of £224. It looks like the
same happened on PB-1190. Can you correct both and send a revised statement?

Speak soon,
Olu"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Beatriz Lund <beatriz.lund@coralstudio.example>",
         to="support@spendly.example",
         subject="What is this 35p fee?",
         body="""\
Hi, just curious, there's a 35p "FX handling" line on my Spendly card statement after I bought
a train ticket in Brussels. Not a big deal, just wondering what it is.

Bea"""),

    dict(n=14, signals="account", priority="medium", trap="plain", qt=0, reply=0,
         frm="Raymond Achterberg <ray.achterberg@homemail.example>",
         to="members@mypension-portal.example",
         subject="Locked out of pension portal",
         body="""\
Good afternoon,

I typed my password wrong three times and now the portal says my account is locked and a reset
code has been posted to me. That was twelve days ago and nothing has arrived. I'm due to choose
my drawdown option by the end of the month. Member number 5590-3381-2.

Raymond Achterberg"""),

    dict(n=15, signals="account", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Lena Vogt <lena.vogt@vogt-architektur.example>",
         to="support@safevault-backup.example",
         subject="No SMS code since I changed phone",
         body="""\
Hello,

I switched to a new phone and a new number last week. Now when I log in to the backup console
it sends the verification SMS to my old number, which doesn't exist any more, so I never get the
code. I can't see my backups or change the settings.

Sorry for my English - ich kann auch gern auf Deutsch schreiben. Account: vogt-architektur.

Lena Vogt"""),

    dict(n=16, signals="account", priority="medium", trap="deleted", qt=0, reply=0,
         frm="Ibrahim Salazar <ibrahim@tidewater-research.example>",
         to="help@askaround-surveys.example",
         subject="My user was removed from our team - can you restore it?",
         body="""\
Hi,

A colleague cleaning up our team's licences yesterday removed my user by mistake. When I sign
in now it says "No account found for this e-mail", and all 23 surveys I created (including an
ongoing panel study with 1,400 responses) have disappeared from the team view. Is it possible
to restore my profile with everything attached to it?

Ibrahim Salazar
Tidewater Research"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Chloe Brennan <chloe.brennan@oldmail.example>",
         to="support@tunnelfox-vpn.example",
         subject="Changing the email on my account",
         body="""\
Hi, how do I change the e-mail address on my TunnelFox account? I'm closing my old mailbox
soon. Thanks!"""),

    dict(n=18, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Patrick Noonan <p.noonan@noonan-accountancy.example>",
         to="support@signright.example",
         subject="Re: Planned maintenance on Sunday 14 April",
         body="""\
Thanks for the heads-up, Sunday night is fine for us, nobody signs anything then.

Patrick

> Dear customer,
> SignRight will be unavailable on Sunday 14 April between 01:00 and 05:00 BST while we
> upgrade our database servers. During this outage you will not be able to send or sign
> documents. We apologise for any inconvenience.
> The SignRight team"""),

    dict(n=19, signals="-", priority="low", trap="resolved", qt=0, reply=1,
         frm="Eilidh Murray <eilidh.murray@glenroy-vets.example>",
         to="support@shieldline-av.example",
         subject="Re: Scans crashing the reception PC",
         body="""\
Hi Dev,

Just to let you know that since the update you pushed on Tuesday the reception PC hasn't frozen
once during the nightly scan. Brilliant, thanks so much for sticking with it - you can close the
ticket.

Eilidh"""),

    dict(n=20, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Victor Amsel <victor@amsel-legal.example>",
         to="sales@keyhaven.example",
         subject="Business plan - what happens during an outage?",
         body="""\
Hello,

We're a 30-person law firm comparing password managers. Two questions before we sign up:
does the Business plan include an uptime SLA, and do we get any credit if there's an outage?
And if your servers are unreachable, can staff still open their vault offline?

Best,
Victor Amsel"""),

    dict(n=21, signals="-", priority="low", trap="title", qt=0, reply=0,
         frm="Margaret Ellison <maggie.ellison@homemail.example>",
         to="ebooks@harrowfield-libraries.example",
         subject="Total Blackout and Burn Notice",
         body="""\
Hello,

I'm looking for the e-book of "Total Blackout" by J. R. Castell, and the second one in the
series, "Burn Notice at Midnight". The first shows as "not available" in the app - is it just
on loan, or are you not getting it? Happy to go on a waiting list.

Many thanks,
Maggie Ellison"""),

    dict(n=22, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Ben Adeyemi <b.adeyemi@stcolumbas-school.example>",
         to="feedback@classhub.example",
         subject="Your new timetable tool is a killer feature",
         body="""\
Hi ClassHub,

Just wanted to say the new timetable builder is a killer feature. Our deputy head was on fire
this week - she built the whole summer term in an afternoon, and the staff room was buzzing.
Last year this nearly gave me a heart attack. One small wish: could the room clash warnings
be a bit less red? They make everyone panic!

Cheers,
Ben Adeyemi
Head of IT, St Columba's"""),

    dict(n=23, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Carla Hendricks <carla@hendricks-mortgages.example>",
         to="support@signright.example",
         subject="Re: Signing links fail for our clients - third request",
         body="""\
This is now my third mail and I still have no answer. Two completions are due tomorrow and my
clients still can't sign. Please escalate this.

Carla Hendricks
Hendricks Mortgage Brokers

> On Monday, Carla Hendricks wrote:
> Hello, since this morning every signing link we send ends on a blank white page for our
> clients, on phones and laptops. We can't get any mortgage offers signed. Account HMB-0412.
> Please help."""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Ravi Kerrigan <ravi.kerrigan@oakfield-surveyors.example>",
         to="service@printlease.example",
         subject="Scan-to-email on the MX-4070",
         body="""\
Hi,

Our leased MX-4070 (asset PL-22871) stopped sending scans by e-mail on Monday - it shows
"SMTP error 0x42" after each scan. Printing and copying are fine, and for now we scan to a
USB stick and send from a PC, so we're managing, but it's a nuisance for the whole office.
Could someone look at it this week?

Thanks,
Ravi"""),
]
