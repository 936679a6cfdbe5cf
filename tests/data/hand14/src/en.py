# blind15 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Maureen Tibbetts <m.tibbetts@harbourmail.example>",
         to="care@homebedsdirect.example",
         subject="Control box on Dad's bed - need an engineer today",
         body="""\
Hello,

My father has one of your profiling beds at home (rental ref HB-20417). Since
about teatime yesterday the grey control box at the foot end has been giving
off a sharp smell, like a kettle that has boiled dry, and this morning the
casing was too hot to keep my hand on. There is a brown patch on the plastic
right next to where the mains cable goes in.

Last night the head section also dropped by itself while he was sitting up
with his tea - about a foot, all in one go. The tea went all over him and he
was very shaken.

I have switched it off at the wall and propped him up with pillows, but he
can't stay like this for long, he needs to be raised to breathe comfortably.
Can someone come out today? I'm on 07700 900418.

Maureen Tibbetts"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Priya Ramaswamy <priya.r@oakwoodfamily.example>",
         to="hello@pressandfold-cleaners.example",
         subject="School blazers collected Tuesday (ticket 55812)",
         body="""\
Hi,

I collected two school blazers and a pair of trousers from your Kingsbridge
Road branch on Tuesday, ticket 55812.

My son wore his blazer to school yesterday and just before lunch the school
rang me to fetch him. He had raised red welts all the way round his neck and
on both wrists where the cuffs sit, his eyes were streaming and he said his
throat felt tight. The blazer still reeks of chemicals - you can smell it from
the other side of the room. He has never reacted to anything in his life.

My daughter was supposed to wear the other blazer today. I've sealed it in a
bin bag in the garage instead.

What was this cleaned with? The GP is asking. Please ring me on 01632 960733.

Priya Ramaswamy"""),

    dict(n=3, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Albert Crewe <bert.crewe@seafrontpost.example>",
         to="service@strideon-mobility.example",
         subject="Front wheel came off after your service",
         body="""\
Dear Sir or Madam,

Your mechanic serviced my Strider 4 mobility scooter at my home on Monday
(job number 7731). He changed both front tyres.

On Thursday afternoon I was going along the promenade at top speed, which is
not very fast, when the front left wheel started to wobble and then came away
completely. The scooter tipped on its side and I went onto the paving. A young
man helped me up. My elbow and my hip are black and blue and I have a graze
down my forearm. The wheel rolled into the road. There was no nut on the axle
when we looked.

I am 81 and the scooter is how I get to the shops. I would like to know who
tightened those wheels and whether you have checked the other scooters he did
that day. The scooter is in my hallway and I will not be using it.

Yours faithfully,
Albert Crewe
01632 960 215"""),

    dict(n=4, signals="safety,payment,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Daniel Okafor <d.okafor@lanternpost.example>",
         to="help@skypark-airportparking.example",
         subject="Someone has taken over my parking account",
         body="""\
Hi,

At 02:14 last night I got an email from you saying the email address on my
SkyPark account had been changed - to an address I have never seen. My
password no longer works and the reset link obviously goes to the new address.

This morning my banking app shows two payments to SkyPark that I did not make:
GBP 64.00 and GBP 118.50, both for Terminal 2 long-stay in April. I haven't
booked anything with you since Christmas.

Please freeze the account and block any further charges on the saved card
right away. My original account email is this one. Card ends 4471.

Daniel Okafor"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Fiona Gallacher <fiona.gallacher@staldrics-hospital.example>",
         to="fleetsupport@clearfloor-robotics.example",
         subject="St Aldric's - none of the units have left their docks since 06:00",
         body="""\
Since the 06:00 shift change none of our 14 floor-cleaning units at St
Aldric's have left their docks. The fleet dashboard lists every unit as
"awaiting schedule" and pushing a job from the ward tablets does nothing.

We have pulled housekeeping staff off other duties to mop by hand, but we
can't cover the theatre corridors and the isolation bays as well, and the
first two theatre lists have already been pushed back.

Contract SC-HOSP-0093. Duty manager mobile: 07700 900152. Please call now.

Fiona Gallacher
Facilities Manager"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Greaves Pharmacy <counter@greavespharmacy.example>",
         to="support@medilocker.example",
         subject="Locker at Greaves Pharmacy rejecting every collection code",
         body="""\
Hello,

Every collection code typed into the locker outside our shop since about 8
this morning comes back with "invalid code". We loaded 37 prescription bags
into it last night after closing.

The patients are now queuing at the counter instead, there are two of us on,
and several have gone home without their medicines because they couldn't
wait. Re-sending the codes from the portal makes no difference.

Can you open the bays remotely or get an engineer here this morning? Locker ID
ML-2208.

Sunil Greaves, pharmacist"""),

    dict(n=7, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Kasia Nowicka <kasia.nowicka@brightinbox.example>",
         to="support@testslot-booking.example",
         subject="Question about the booking page",
         body="""\
Hi, is it normal that after I pick a test centre and a date the page just goes
white and stays like that? I've tried on my laptop and my phone, Chrome and
Safari, every day since Sunday. My theory certificate runs out on the 28th so
I really need to get a practical test booked.

Thanks,
Kasia"""),

    dict(n=8, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Office Desk <office@fernleyandpratt.example>",
         to="app@puresip-watercoolers.example",
         subject="Delivery tracking not working in the app",
         body="""\
Hi,

The delivery tracking map in your app has been blank for three days - the
"Where's my delivery?" button just spins. Ordering still works and the driver
turned up as usual on Wednesday, so it's not a disaster, but it would be nice
to know roughly when to expect him.

Android, app version 5.2.1.

Thanks, Ruth (Fernley & Pratt)"""),

    dict(n=9, signals="outage,account", priority="critical", trap="many-users", qt=0, reply=0,
         frm="Marcus Bell <m.bell@riverside-sixthform.example>",
         to="schools@transitpass-students.example",
         subject="URGENT - our students can't get into their season tickets",
         body="""\
Good morning,

Since first thing today none of our students can get into the TransitPass app.
It asks for the text-message code and the code never arrives - I've tried it
myself with a test account and got nothing after twenty minutes.

We are a sixth-form college with about 320 students on your student season
ticket scheme. They can't show a valid ticket, so they're being told to buy
singles on the bus or being put off by the inspectors, and a good number have
turned up late for mock exams. My inbox is full of parents.

Please tell me what is happening and what the students should do in the
meantime. School reference RSF-0031.

Marcus Bell
Student Services, Riverside Sixth Form
01632 960 884"""),

    dict(n=10, signals="payment", priority="medium", trap="double-charge", qt=0, reply=0,
         frm="Gareth Pryce <gareth.pryce@valleynet.example>",
         to="hire@toolhut-diy.example",
         subject="Charged twice for the tile cutter",
         body="""\
Hello,

I hired a wet tile cutter from your Fenwick Street store last weekend
(agreement TH-448201). My card statement shows GBP 38.00 taken twice on the
12th, both at 09:14. Could you refund the duplicate please?

Thanks,
Gareth Pryce"""),

    dict(n=11, signals="payment", priority="high", trap="rent", qt=0, reply=0,
         frm="Ingrid Solberg <ingrid@solbergpianos.example>",
         to="partners@tunebook.example",
         subject="March payout never arrived - rent due Friday",
         body="""\
Hi,

I did 23 tunings through TuneBook in March. My partner dashboard says the
payout of GBP 1,412.60 was "sent" on 3 April, but nothing has reached my
account and my bank says there is nothing pending from you. I haven't changed
my bank details since I joined.

I'm self-employed and that payout is most of my rent, which is due on Friday.
Could someone please look into it today and tell me where the money is?

Ingrid Solberg
Partner ID TB-P-0618
07700 900 733"""),

    dict(n=12, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Colin Mercer <colin@mercerbuild.example>",
         to="accounts@uprightscaffold-hire.example",
         subject="Old Mill / Brook Lane / a few bits",
         body="""\
Hi Sandra,

Hope you had a good Easter and managed a few days off.

First of all, thanks to your lads for the quick strike at the Old Mill -
they were in and out before the roofers even had their kettle on, and the
client was impressed with how tidy they left the yard. Our site foreman
Jürgen, who is from Stuttgart, summed it up as "Das Gerüst stand wie eine
Eins" - which I'm told is high praise.

Second, we're pricing the next phase at Brook Lane. It's a three-storey
terrace, roughly 40 m of elevation front and back, and we'd want a loading
bay on the rear. Could you pencil us in for early June and send a quote when
you get a chance? Drawings attached.

Third, and this is the boring bit: invoice INV-30981 for the Old Mill charges
seven weeks of hire, but the scaffold went up on 3 March and came down on 31
March, so four weeks. Our accounts team won't pay it as it stands. Could you
re-issue it for the right period?

Lastly, Dave says he left his good tape measure on your lorry. Yellow Stanley,
initials scratched on the back. If it turns up...

Cheers,
Colin
Mercer Build Ltd - 01632 960 402"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Tom Hadley <tom.hadley@cloudpost.example>",
         to="info@vignette-online.example",
         subject="Small fee on my vignette receipt",
         body="""\
Hi, I bought the 10-day Austrian vignette through your site for our drive to
Graz. The receipt shows the EUR 12.40 vignette plus a EUR 1.95 "service fee".
Not complaining - just curious what the fee actually covers?

Cheers, Tom"""),

    dict(n=14, signals="account", priority="medium", trap="payment", qt=1, reply=1,
         frm="Eleanor Holm <eleanor.holm@keynotes-teaching.example>",
         to="Leah Fairbrother <l.fairbrother@musicexamboard.example>",
         subject="Re: Grade 5 entry - card payment declined",
         body="""\
Hi Leah,

Thanks - I've paid the GBP 54 by bank transfer as you suggested, reference
MEB-2291-HOLM, so that one should be fine.

New problem though: I can't get into the teacher portal at all now. After I
reset my password it says "Account locked - too many attempts" and the unlock
email never arrives (checked spam). I still have four pupils to enter before
the closing date on Friday.

Eleanor

On Mon, 7 Apr 2025 at 10:41, Leah Fairbrother <l.fairbrother@musicexamboard.example> wrote:
> Dear Ms Holm,
>
> Unfortunately your card payment of GBP 54.00 for the Grade 5 piano entry
> (candidate 2291) was declined by your bank. Please pay by bank transfer
> using the reference below, otherwise the entry will lapse.
>
> Kind regards,
> Leah Fairbrother
> Entries Team"""),

    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Owen Pritchard <owen.pritchard@northmail.example>",
         to="members@glacier-icerink.example",
         subject="Verification code",
         body="""\
Hello,

Is it normal that the verification text from the Glacier app takes about 15
minutes to arrive and then says "code expired" when I enter it? I've tried
five times today and I still can't get into my membership to book the
Saturday family session. Same phone number as always (ends 0557).

Owen Pritchard, membership GL-20984"""),

    dict(n=16, signals="account", priority="medium", trap="deleted", qt=0, reply=0,
         frm="Rebecca Linde <rebecca.linde@homefront.example>",
         to="orders@crestuniform.example",
         subject="My account has vanished",
         body="""\
Hi,

I went to reorder PE kit for my twins and your site says there is no account
with my email address. I've had an account since 2021 with both children's
schools, house colours and sizes saved, plus my order history which I use to
check what I've already bought. I certainly didn't delete it.

Can you restore it? The email is this one, rebecca.linde@homefront.example.

Thanks,
Rebecca"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Neil Ashworth <neil.ashworth@freshinbox.example>",
         to="bookings@motcheck-centres.example",
         subject="changing email on my account",
         body="""\
Hello, how do I change the email address my inspection reminders go to? I've
left my job and the old work address will be closed next week. Thanks, Neil"""),

    dict(n=18, signals="-", priority="low", trap="resolved", qt=0, reply=1,
         frm="Nadia Haddad <nadia@oliveandash.example>",
         to="Marco Bellini <m.bellini@steamline-dishwash.example>",
         subject="Re: Dishwasher E14 fault - ticket 8812",
         body="""\
Hi Marco,

Just to say your engineer Dev had the machine going again by half eleven and
we got through lunch service without a hitch. After yesterday's outage I was
ready to murder someone, so thank you for turning it round so fast.

All sorted - you can close the ticket.

Nadia
Head Chef, Olive & Ash"""),

    dict(n=19, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Rob Tennant <rob.tennant@quaymail.example>",
         to="Wake & Wave Bookings <bookings@wakeandwave.example>",
         subject="Re: Your booking JS-5520 - Saturday 10:00",
         body="""\
Perfect, thanks. There'll be six of us, all over 18, and two of us have done
the RYA course. See you Saturday.

Rob

On 14 May 2025, at 16:02, Wake & Wave Bookings <bookings@wakeandwave.example> wrote:
> Hi Rob,
>
> Your booking for 3 jet-skis on Saturday at 10:00 is confirmed.
>
> Before going out, every rider takes part in a 20-minute safety briefing.
> Buoyancy aids are compulsory. In an emergency, stop the engine by pulling
> the kill-cord and raise one arm so our rescue boat can see you.
>
> Please bring photo ID for each driver.
>
> Wake & Wave, Harbour Slipway"""),

    dict(n=20, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Jo Whitfield <jo.whitfield@lumencreative.example>",
         to="groups@snowdome-indoorski.example",
         subject="Group booking - Avalanche Friday",
         body="""\
Hi there,

A few questions about booking your Avalanche Friday night for our office,
about 18 people.

Half of us are total beginners and the other half are convinced they're going
to kill it on the red run, so are lessons included in the price, or is that
extra? Our colleague from Lyon also asked me to pass this on: "Est-ce qu'on
peut louer les combinaisons sur place ?" - i.e. can we hire ski suits on site?

And is there somewhere to eat afterwards, or should we book a table in town?

Thanks,
Jo"""),

    dict(n=21, signals="-", priority="low", trap="policy", qt=0, reply=0,
         frm="Margaret Dunmore <clerk@lowerfinchley-parish.example>",
         to="sales@loohire-events.example",
         subject="Fete on 9 August - cancellation and payment terms",
         body="""\
Hello,

Our parish council is organising the village fete on Saturday 9 August and
we'd like to hire six standard units and one accessible unit.

Before we book: if the fete is called off because of bad weather, what is
your refund policy, and how late can we cancel without losing the deposit?
Also, do you accept payment by invoice for parish councils, or does it have
to be a card up front?

Kind regards,
Margaret Dunmore
Clerk to the Council"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="SnowGrip News <news@snowgrip.example>",
         to="support@snowgrip.example",
         subject="SnowGrip Winter Bulletin: don't get stranded this season",
         body="""\
SNOWGRIP WINTER BULLETIN - December

1. Don't get stranded
Every winter we hear from drivers stuck for hours on a hill they "always get
up". Practise fitting your chains at home in the dry - it takes ten minutes
the first time and two minutes after that.

2. Build a winter car kit
Blanket, torch, phone charger, shovel, water, chains. Our checklist shows what
mountain rescue teams recommend keeping in the boot.

3. Watch out for fake shops
We've seen copycat websites using our logo. Genuine SnowGrip sites always end
in snowgrip.example - if in doubt, call us on 01632 960 100.

4. New: SnowGrip Flex for SUVs - 15% off until 31 December.

You are receiving this bulletin because you subscribed at snowgrip.example.
Unsubscribe: snowgrip.example/unsubscribe"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Hillcrest Store Manager <manager.hillcrest@greenbasket.example>",
         to="service@returnit-machines.example",
         subject="RVM at Hillcrest refusing glass bottles",
         body="""\
Hi,

Our reverse vending machine at the Hillcrest store (serial RV-0447) has been
refusing glass bottles since Monday. It reads the barcode, thinks about it,
then pushes the bottle back out with "item not accepted". Cans and plastic
still go through fine.

For now the staff are taking glass at the kiosk and writing paper vouchers,
which is slow but we're coping. Could you book a technician for sometime this
week?

Thanks,
Lorraine Cobb
Store Manager"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Helen Marsh <helen.marsh@cedarmail.example>",
         to="accounts@canopy-marquees.example",
         subject="Re: Deposit refund for marquee MQ-1187 - third request",
         body="""\
This is the third time I'm writing about this.

The marquee was collected on 28 April in perfect condition - your own crew
signed the collection sheet - and I still haven't had the GBP 1,200 damage
deposit back. That money is earmarked for the caterer's final invoice, which
I have to pay by 30 May. I need a date from you, not another "it's with
finance".

Helen Marsh
07700 900 286

On 12 May 2025, at 19:05, Helen Marsh <helen.marsh@cedarmail.example> wrote:
> Hello, following up on my email of 2 May. The GBP 1,200 deposit for
> booking MQ-1187 still hasn't been refunded. Could you tell me when it
> will be processed?
>
> On 2 May 2025, at 09:30, Helen Marsh <helen.marsh@cedarmail.example> wrote:
>> Hi, the marquee was collected on Monday and your team signed it off with
>> no damage. Please refund the deposit to the card I paid with.
>> Thanks, Helen"""),
]
